import ArgumentParser
import KithCore

extension Kith {
    struct Intro: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "intro",
            abstract: "Record an introduction: one you made, one made for you (--by), or one between others.",
            discussion: """
                Examples:
                  kith intro Ana Bruno --purpose hiring                 you introduced Ana and Bruno
                  kith intro me Carla --by Bruno                        Bruno introduced you to Carla
                  kith intro me Carla --by Bruno --status requested     you asked Bruno to introduce you
                  kith intro Ana Carla --by Bruno                       Bruno introduced Ana and Carla
                A made introduction also records that the two know each other.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "One of the two introduced (part of a name, #ID, or me).") var personA: String
        @Argument(help: "The other one.") var personB: String
        @Option(help: ArgumentHelp("Who made the introduction (default: you).", valueName: "person")) var by: String?
        @Option(help: ArgumentHelp("When (default: today).", valueName: "date")) var on: String?
        @Option(help: "What it is for.") var purpose: String?
        @Option(help: "requested, offered, made (default) or declined.") var status: IntroductionStatus = .made
        @Option(help: "What came of it.") var outcome: String?
        @Option(help: ArgumentHelp("The need of one of the two it answers (kith matches suggests it).", valueName: "id"))
        var need: RecordID?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            var new = NewIntroduction(personA, personB, by: by, status: status)
            new.date = try store.past(on)
            new.purpose = purpose
            new.outcome = outcome
            new.needID = need?.value
            let introduction = try IntroductionService(try store.writing()).introduce(new)
            if json { return try JSONOutput.print(introduction) }
            print("Recorded introduction #\(introduction.id): \(IntroductionText.phrase(introduction)), "
                  + RelativeDay.dated(introduction.date, today: store.today) + ".")
            if introduction.status == .made {
                print(Terminal.dim("  \(introduction.personA.name) and \(introduction.personB.name) are now tied."))
            }
        }
    }
}

extension IntroductionStatus: ExpressibleByArgument {}
