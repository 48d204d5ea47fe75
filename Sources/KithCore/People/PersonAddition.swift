import GRDB

/// Recording someone just met, one table at a time, inside the caller's transaction: the
/// person, their addresses and tags, where and when we met and our tie, whom they know, who
/// introduced us, and what I promised them.
struct PersonAddition {
    let db: Database
    let new: NewPerson
    let today: Day
    /// Checked before the transaction: the name, addresses, birthday, strength and follow-up.
    let name: String
    let emails: [String]
    let phones: [String]
    let birthday: Birthday?
    let strength: Int
    let followUp: String?
    private let now = Timestamp.now()

    init(_ new: NewPerson, today: Day, in db: Database) throws {
        self.db = db
        self.new = new
        self.today = today
        name = try ContactDetails.required(new.name, "a person's name")
        emails = try new.emails.map(ContactDetails.email)
        phones = try new.phones.map(ContactDetails.phone)
        birthday = try new.birthday.map(ContactDetails.birthday)
        strength = try ContactDetails.strength(new.strength ?? 2)
        followUp = try new.followUp.map { try ContactDetails.required($0, "a follow-up") }
        if new.followUpDue != nil && followUp == nil { throw KithError.refused(.dueWithoutFollowUp) }
    }

    func run() throws -> AddedPerson {
        let resolver = PersonResolver(db: db)
        let me = try resolver.me()
        // Resolve everyone named before the new person exists, so they cannot match them.
        let introducer = try new.introducedBy.map { try resolver.resolve($0) }
        if introducer?.id == me.id { throw KithError.refused(.introducedByYourself) }
        if new.notMet && (new.event != nil || new.metOn != nil || introducer != nil || new.strength != nil) {
            throw KithError.refused(.notMetButMet)
        }
        let known = try new.knows.map { try resolver.resolve($0) }.filter { $0.id != me.id }
        if !new.isNew { try refuseSomeoneKnown() }
        let lookAlikes = try LookAlikes.of(name, closeness: .partial, in: db)
        let metOn = new.notMet ? nil : new.metOn ?? (new.event != nil || introducer != nil ? today : nil)

        let person = try insertPerson(metOn: metOn, introducer: introducer)
        let id = person.id!
        let tags = try addDetails(to: id)
        let (event, interactionID) = try recordMeeting(id, on: metOn)
        let context = event.map { "met at \($0.name)" } ?? introducer.map { "introduced by \($0.name)" }
        if !new.notMet {
            try Tie.connect(me.id, id, strength: strength, context: context, since: metOn ?? today, source: .stated, in: db)
        }
        for other in known { try Tie.connect(id, other.id, strength: 2, source: .stated, in: db) }
        let introductionID = try introducer.flatMap { try recordIntroduction(id, by: $0, me: me.id, on: metOn ?? today) }
        let commitmentID = try followUp.flatMap { try recordFollowUp($0, to: id, interaction: interactionID) }
        let needs = try recordNeeds(of: id, saidOn: metOn ?? today, at: event, in: interactionID)
        return AddedPerson(
            person: PersonSummary(id: id, uid: person.uid, name: name, organization: person.organization),
            event: event?.name, metOn: metOn, interactionID: interactionID, strength: new.notMet ? nil : strength,
            tags: tags, knows: known, introducedBy: introducer, introductionID: introductionID, commitmentID: commitmentID,
            followUp: followUp, followUpDue: new.followUpDue, needs: needs, lookAlikes: lookAlikes)
    }

    /// Never a second person silently: someone with an address typed, or with this very name,
    /// is refused (unless `isNew`), naming who is already here.
    private func refuseSomeoneKnown() throws {
        let links = new.links.compactMap(ContactDetails.optional)
        for (table, values) in [("email", emails), ("phone", phones), ("link", links)] {
            for value in values {
                if let owner = try AddressOwner.find(value, in: table, db: db) {
                    throw KithError.refused(.addressTaken(value, by: owner))
                }
            }
        }
        if let same = try PersonResolver(db: db).exactMatches(name).first { throw KithError.refused(.personExists(same)) }
    }

    private func insertPerson(metOn: Day?, introducer: PersonSummary?) throws -> Person {
        var person = Person(name: name, now: now)
        person.organization = ContactDetails.optional(new.organization)
        person.title = ContactDetails.optional(new.title)
        person.location = ContactDetails.optional(new.location)
        person.notes = ContactDetails.optional(new.notes)
        person.cadenceDays = new.cadenceDays
        person.birthday = birthday
        person.howMet = PeopleService.howMet(event: new.event, on: metOn, via: introducer)
        try person.insert(db)
        return person
    }

    /// Their emails, phones, links and tags; returns the tags' names as stored.
    private func addDetails(to id: Int64) throws -> [String] {
        try PeopleService.addAddresses(Email.self, emails, to: id, in: db)
        try PeopleService.addAddresses(Phone.self, phones, to: id, in: db)
        try PeopleService.addAddresses(Link.self, new.links.compactMap(ContactDetails.optional), to: id, in: db)
        var tags: [String] = []
        for name in new.tags {
            let tag = try Tag.named(name, in: db)
            try PersonTag.link(person: id, tag: tag.id!, in: db)
            if !tags.contains(tag.name) { tags.append(tag.name) }
        }
        return tags
    }

    /// The event where we met (reused if logged that day) and the meeting itself.
    private func recordMeeting(_ id: Int64, on metOn: Day?) throws -> (Event?, Int64?) {
        let event = try new.event.map { try Event.named($0, on: metOn ?? today, in: db) }
        let interaction = try metOn.map { try Interaction.record(.met, on: $0, with: [id], eventID: event?.id, in: db) }
        return (event, interaction)
    }

    /// Who introduced us: the introduction, and their tie to the new person.
    private func recordIntroduction(_ id: Int64, by introducer: PersonSummary, me: Int64, on date: Day) throws -> Int64? {
        var introduction = Introduction(
            id: nil, introducerID: introducer.id, personA: min(me, id), personB: max(me, id), date: date, purpose: nil,
            status: .made, outcome: nil, createdAt: now)
        try introduction.insert(db)
        // The introducer evidently knows them.
        try Tie.connect(introducer.id, id, strength: 2, source: .introduction, in: db)
        return introduction.id
    }

    /// What they need and offer, said when and where we met.
    private func recordNeeds(of id: Int64, saidOn: Day, at event: Event?, in interaction: Int64?) throws -> [NeedEntry] {
        let said = new.needs.map { (NeedKind.need, $0) } + new.offers.map { (NeedKind.offer, $0) }
        let rows = try said.map { kind, what in
            var need = NewNeed(kind, of: "#\(id)", what)
            need.saidOn = saidOn
            need.interactionID = interaction
            return try NeedService.insert(need, for: id, eventID: event?.id, today: max(today, saidOn), in: db)
        }
        return try NeedEntry.named(rows, in: db)
    }

    private func recordFollowUp(_ what: String, to id: Int64, interaction: Int64?) throws -> Int64? {
        var commitment = Commitment(
            id: nil, personID: id, owedByMe: true, what: what, due: new.followUpDue, status: .open, doneAt: nil,
            interactionID: interaction, introductionID: nil, createdAt: now)
        try commitment.insert(db)
        return commitment.id
    }
}
