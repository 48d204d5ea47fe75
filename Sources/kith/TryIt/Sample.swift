import ArgumentParser
import Foundation
import KithCore

extension Kith {
    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sample",
            abstract: "Fill an empty database with a realistic, reproducible network.",
            discussion: "The same --people and --seed give the same network. Example: kith sample --people 10000 --db /tmp/k.db")

        @OptionGroup var store: StoreOptions

        @Option(parsing: .unconditional, help: "How many people.") var people: Int = 1000
        @Option(parsing: .unconditional, help: "Seed for the generator.") var seed: UInt64 = 42
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let started = Date()
            let summary = try SampleNetwork(people: people, seed: seed).generate(into: try store.writing(recorded: false))
            let seconds = Date().timeIntervalSince(started)
            if json { return try JSONOutput.print(summary) }
            print("Sample network in \(store.path): \(summary.people) people, \(summary.organizations) organisations, "
                  + "\(summary.events) events, \(summary.ties) ties, \(summary.interactions) interactions, "
                  + "\(summary.introductions) introductions, \(summary.commitments) commitments, "
                  + "\(summary.needsAndOffers) needs and offers "
                  + Terminal.dim(String(format: "(%.2f s)", seconds)))
        }
    }
}
