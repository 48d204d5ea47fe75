import ArgumentParser
import KithCore

extension Kith {
    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a person and rewrite every mention of them in others' notes, introductions and promises.",
            discussion: """
                Shows what it will change and asks first on a terminal; elsewhere it needs --yes. Their name, \
                emails, phones and links become [forgotten] wherever they appear, and none of their words stay \
                in the database file.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The person: part of their name, or #ID.") var person: String
        @Flag(name: .shortAndLong, help: "Do not ask.") var yes = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let people = PeopleService(try store.writing())
            var target = person
            if !yes {
                guard Terminal.inputIsInteractive else {
                    throw KithError.invalid("not forgetting without confirmation; add --yes to forget \(person)")
                }
                let plan = try people.forgetPlan(person)
                Self.show(plan, done: false)
                Terminal.printError("Forget \(plan.removal.person.label)? [y/N] ", newline: false)
                guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                    print("Kept \(plan.removal.person.name).")
                    return
                }
                target = "#\(plan.removal.person.id)"
            }
            let plan = try people.forget(target)
            if json { return try JSONOutput.print(plan) }
            Self.show(plan, done: true)
        }

        static func show(_ plan: ForgetPlan, done: Bool) {
            print("\(done ? "Forgot" : "Forgetting") \(plan.removal.person.label): \(done ? "removed" : "removes") "
                  + "\(Remove.describe(plan.removal)), and \(plan.mentions.count == 1 ? "1 mention" : "\(plan.mentions.count) mentions") elsewhere"
                  + (plan.mentions.isEmpty ? "." : ":"))
            for mention in plan.mentions {
                print("  \(mention.place): \(Terminal.dim(mention.before)) → \(mention.after)")
            }
        }
    }
}
