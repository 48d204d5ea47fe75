import ArgumentParser
import KithCore

extension Kith {
    struct Need: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "need",
            abstract: "Record something someone is looking for (PERSON may be me).",
            discussion: "Example: kith need Ana an intro to a fintech investor --at \"PyCon 2025\"")

        @OptionGroup var need: NeedOptions

        func run() throws { try need.record(.need) }
    }

    struct Offer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "offer",
            abstract: "Record something someone can give (PERSON may be me).",
            discussion: "Example: kith offer Tariq angel investing in fintech, seed rounds")

        @OptionGroup var offer: NeedOptions

        func run() throws { try offer.record(.offer) }
    }

    struct Needs: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "needs", abstract: "List needs: open ones first, the freshest first.")

        @OptionGroup var listing: NeedListing
        @OptionGroup var paging: PagingOptions

        func run() throws { try listing.list(.need) }
    }

    struct Offers: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "offers", abstract: "List offers: open ones first, the freshest first.")

        @OptionGroup var listing: NeedListing
        @OptionGroup var paging: PagingOptions

        func run() throws { try listing.list(.offer) }
    }

    struct NeedStatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "need-status",
            abstract: "Close a need or an offer when it is no longer true (or open it again).",
            discussion: "Example: kith need-status 4 --met",
            aliases: ["offer-status"])

        enum Status: String, EnumerableFlag {
            case met, dropped, open

            static func help(for value: Status) -> ArgumentHelp? {
                switch value {
                case .met: "The need was met, or the offer taken up."
                case .dropped: "No longer true, for any other reason."
                case .open: "True again."
                }
            }
        }

        @OptionGroup var store: StoreOptions

        @Argument(help: "The need's or offer's id (kith needs and kith offers list them).") var id: RecordID
        @Flag var status: Status
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let status: NeedStatus = switch self.status {
            case .met: .met
            case .dropped: .dropped
            case .open: .open
            }
            let entry = try NeedService(try store.writing()).setStatus(id.value, to: status)
            if json { return try JSONOutput.print(entry) }
            let verb = status == .open ? "Reopened" : status == .met ? "Met" : "Dropped"
            print("\(verb) #\(entry.id): \(NeedText.who(entry)): \(Terminal.visible(entry.what)).")
        }
    }
}
