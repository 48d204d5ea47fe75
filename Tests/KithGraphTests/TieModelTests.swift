import Foundation
import Testing
@testable import KithGraph

@Suite struct TieModelTests {
    func mine(_ strength: Int, _ ages: [Int], introductions: Int = 0) -> TieEvidence {
        var evidence = TieEvidence(mine: true, strength: strength)
        evidence.interactions = ages.map { .init(daysAgo: $0, kind: .call) }
        evidence.introductions = introductions
        return evidence
    }

    @Test func myTiesGrowWithContactAndFadeWithout() {
        // Strength 5, nothing logged: the idle share of 1.0.
        #expect(abs(TieModel.weight(mine(5, [])) - 0.4) < 1e-12)
        // One call today: activity 1 − e⁻¹.
        #expect(abs(TieModel.weight(mine(5, [0])) - (0.4 + 0.6 * (1 - exp(-1.0)))) < 1e-12)
        // The same call a half-life ago counts half.
        #expect(abs(TieModel.activity([.init(daysAgo: 180, kind: .call)]) - (1 - exp(-0.5))) < 1e-12)
        #expect(TieModel.weight(mine(4, [3, 20, 40])) > TieModel.weight(mine(4, [400, 500, 600])))
        #expect(TieModel.weight(mine(2, [1])) < TieModel.weight(mine(4, [1])))
        // Introductions exchanged add reciprocity as independent evidence.
        #expect(abs(TieModel.weight(mine(5, [], introductions: 2)) - (1 - 0.6 * 0.9 * 0.9)) < 1e-12)
    }

    @Test func othersTiesCombineWhatIsKnown() {
        var stated = TieEvidence(mine: false, strength: 3)
        #expect(abs(TieModel.weight(stated) - 0.48) < 1e-12)
        stated.introductions = 1
        #expect(abs(TieModel.weight(stated) - (1 - 0.52 * 0.7)) < 1e-12)
        var inferred = TieEvidence(mine: false, strength: 3)
        inferred.source = .inferred
        #expect(abs(TieModel.weight(inferred) - 0.3) < 1e-12)
        var colleagues = TieEvidence(mine: false)
        colleagues.sharedOrganization = "Stripe"
        colleagues.sharedEvents = ["PyCon", "RustConf", "Fintech Summit", "Web Summit"]
        // Same organisation and at most three shared events.
        #expect(abs(TieModel.weight(colleagues) - (1 - 0.8 * 0.85 * 0.85 * 0.85)) < 1e-12)
        #expect(TieModel.weight(TieEvidence(mine: false)) == TieModel.floor)
    }

    @Test func explainsInWords() {
        var evidence = TieEvidence(mine: true, strength: 4)
        evidence.interactions = [.init(daysAgo: 12, kind: .met, event: "PyCon"), .init(daysAgo: 100, kind: .call)]
        #expect(TieModel.reasons(evidence) == ["close (4/5)", "last met 12 days ago at PyCon", "2 interactions this year"])
        var theirs = TieEvidence(mine: false, strength: 3)
        theirs.context = "worked together at Stripe"
        #expect(TieModel.reasons(theirs) == ["worked together at Stripe, stated (3/5)"])
        var inferred = TieEvidence(mine: false)
        inferred.sharedOrganization = "Stripe"
        #expect(TieModel.reasons(inferred) == ["both at Stripe (inferred)"])
        var colleagues = TieEvidence(mine: false, strength: 4)
        colleagues.sharedOrganization = "Stripe"
        #expect(TieModel.reasons(colleagues) == ["stated (4/5)", "both at Stripe"])
        theirs.sharedOrganization = "Stripe"
        #expect(TieModel.reasons(theirs) == ["worked together at Stripe, stated (3/5)"])
    }
}
