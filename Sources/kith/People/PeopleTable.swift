import KithCore

/// The table `kith list` and `kith find` print.
enum PeopleTable {
    static func render(_ people: [PersonListItem], today: Day) -> String {
        guard !people.isEmpty else { return Terminal.dim("Nobody matches.") }
        // A search says where each person matched; a list does not.
        let searched = people.contains { $0.matched != nil }
        var table = Table("ID", "NAME", "ORGANIZATION", "TITLE", "TAGS", "TIE", "LAST CONTACT", rightAligned: [0])
        if searched { table.headers.append("MATCHED") }
        for person in people {
            table.append(["#\(person.id)", person.name, person.organization ?? "", person.title ?? "",
                          person.tags.joined(separator: ","), person.strength.map(ProfileView.strengthBar) ?? "",
                          person.lastContact.map { RelativeDay.phrase($0, today: today) } ?? ""]
                         + (searched ? [(person.matched ?? []).joined(separator: ",")] : []))
        }
        return table.render()
    }
}
