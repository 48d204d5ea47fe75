/// The words a sample network is made of: names, places, sectors, jobs.
enum SampleVocabulary {
    static let firstNames = """
        Ana Bruno Chen Dara Elif Farah Gabriel Hana Ines Jonas Kemal Leila Marta Nikhil Olu Priya Quinn Rafael \
        Sofia Tomas Uma Viktor Wen Ximena Yusuf Zara Amara Ben Carla Diego Emma Felix Grace Hugo Ivy Jamal Kira \
        Lucas Maya Noah Olivia Pablo Rosa Samir Tara Umar Vera Will Yara Zoe Aiko Bilal Clara Dmitri Esther Fatima \
        Gustav Helena Ishaan Julia Kofi Lena Mateo Nadia Omar Paula Ravi Sara Theo Ursula Valentina Wei Yasmin \
        Adrien Beatriz Camille Daniel Eva Femi Giulia Hiro Isabel Jakub Kavya Liam Mina Nils Oscar Pia Reza \
        Selin Tariq Vanessa Yuki Alma Arjun Bea Cyrus Delia Eitan Freya Goran Hedda Idris Jana Karim Lotte Malik \
        Noor Orla Pedro Rania Stefan Talia Vikram Wanda Xavier Yosef Zainab Aurelie Boris Chiara Dev Elena Finn \
        Greta Hamid Ingrid Joao Kaito Lucia Mehmet Nina Otto Petra Rohan Sanna Tobias Ayla Jin Mei Kwame Lars
        """.split(separator: " ").map(String.init)

    static let lastNames = """
        Silva Okafor Nguyen Schmidt Kowalski Haddad Rossi Tanaka Johansson Moreau Patel Garcia Cohen Novak \
        Ibrahim Larsen Fischer Costa Yilmaz Dubois Kim Andersen Mensah Petrov Santos Weber Ali Bianchi Suzuki \
        Nielsen Martin Sharma Lopez Levi Horvat Hassan Berg Wagner Pereira Demir Laurent Park Hansen Owusu \
        Ivanov Oliveira Becker Khan Romano Sato Lindqvist Bernard Gupta Fernandez Katz Kovac Mahmoud Dahl \
        Hoffmann Almeida Aydin Leroy Choi Olsen Asante Smirnov Rocha Koch Rahman Greco Ito Holm Fontaine Reddy \
        Morales Stein Jovanovic Saleh Lund Richter Carvalho Celik Girard Lee Eriksen Boateng Volkov Ribeiro \
        Klein Chowdhury Ferrari Kato Strand Mercier Iyer Ortiz Adler Babic Nasser Vik Wolf Barbosa Kaya Roux \
        Wong Nilsen Addo Kuznetsov Teixeira Schulz Akhtar Marino Yamamoto Sundberg Chevalier Nair Ramos Weiss \
        Petrovic Karimi Hagen Neumann Pinto Arslan Blanc Zhang Moen Darko Sokolov Mendes Braun Aziz Conti Mori \
        Ekberg Lambert Menon Castro Kaplan Markovic Rostami Aasen Zimmermann Lima Ozturk Faure Liu Bakke Quaye
        """.split(separator: " ").map(String.init)

    static let cities = [
        "Berlin", "London", "Lisbon", "Paris", "Amsterdam", "Stockholm", "Copenhagen", "Warsaw", "Madrid",
        "Barcelona", "Milan", "Zurich", "Vienna", "Prague", "Dublin", "New York", "San Francisco", "Austin",
        "Toronto", "Montreal", "Boston", "Seattle", "Lagos", "Nairobi", "Accra", "Cape Town", "Bangalore",
        "Singapore", "Tokyo", "Seoul", "Sydney", "Melbourne", "Sao Paulo", "Mexico City", "Tel Aviv", "Istanbul",
    ]

    /// A sector: its tag, words for organisation names, and job titles in it.
    struct Sector {
        var tag: String
        var orgWords: [String]
        var orgSuffixes: [String]
        var titles: [String]
        var interests: [String]
    }

    static let sectors: [Sector] = [
        Sector(tag: "fintech", orgWords: ["Ledger", "Coin", "Vault", "Mint", "Clear", "Settle", "Tally", "Penny"],
               orgSuffixes: ["Pay", "Bank", "Finance", "Labs"],
               titles: ["Payments Engineer", "Head of Risk", "Product Manager", "Compliance Lead", "CTO"],
               interests: ["open banking", "payments infrastructure", "fraud detection", "embedded finance"]),
        Sector(tag: "investor", orgWords: ["Northstar", "Granite", "Harbor", "Summit", "Atlas", "Cedar", "Beacon"],
               orgSuffixes: ["Ventures", "Capital", "Partners", "Fund"],
               titles: ["Partner", "Principal", "Seed Investor", "Associate", "Venture Partner"],
               interests: ["seed rounds", "fintech deals", "climate tech", "developer tools"]),
        Sector(tag: "climate", orgWords: ["Verdant", "Solar", "Tidal", "Carbon", "Grid", "Terra", "Breeze"],
               orgSuffixes: ["Energy", "Works", "Systems", "Labs"],
               titles: ["Energy Analyst", "Founder", "Hardware Engineer", "Policy Lead", "Data Scientist"],
               interests: ["grid storage", "carbon removal", "heat pumps", "climate policy"]),
        Sector(tag: "health", orgWords: ["Pulse", "Cura", "Vital", "Helix", "Nova", "Remedy", "Kin"],
               orgSuffixes: ["Health", "Bio", "Care", "Medical"],
               titles: ["Clinical Lead", "Biologist", "Product Designer", "Founder", "ML Engineer"],
               interests: ["digital health", "genomics", "clinical trials", "mental health"]),
        Sector(tag: "devtools", orgWords: ["Stack", "Forge", "Commit", "Lambda", "Vector", "Kernel", "Patch"],
               orgSuffixes: ["Labs", "Cloud", "Software", "Dev"],
               titles: ["Staff Engineer", "Developer Advocate", "Engineering Manager", "SRE", "Founder"],
               interests: ["compilers", "observability", "databases", "open source"]),
        Sector(tag: "design", orgWords: ["Studio", "Frame", "Pixel", "Canvas", "Loop", "Grain", "Atelier"],
               orgSuffixes: ["Studio", "Collective", "Design", "Agency"],
               titles: ["Design Director", "UX Researcher", "Brand Designer", "Illustrator", "Creative Lead"],
               interests: ["type design", "design systems", "accessibility", "motion design"]),
        Sector(tag: "education", orgWords: ["Learn", "Bright", "Scholar", "Quill", "Campus", "Tutor"],
               orgSuffixes: ["Academy", "Learning", "Institute", "School"],
               titles: ["Teacher", "Curriculum Lead", "Professor", "Learning Designer", "Founder"],
               interests: ["edtech", "literacy", "coding bootcamps", "lifelong learning"]),
        Sector(tag: "media", orgWords: ["Signal", "Echo", "Press", "Story", "Wave", "Chronicle"],
               orgSuffixes: ["Media", "News", "Productions", "Podcasts"],
               titles: ["Journalist", "Editor", "Podcast Host", "Producer", "Community Manager"],
               interests: ["newsletters", "podcasting", "tech journalism", "creator economy"]),
    ]

    static let roleTags = ["founder", "mentor", "engineer", "recruiter", "speaker", "friend", "alumni"]
    /// Keep-in-touch cadences, on the tags only my own circle carries.
    static let tagCadence = ["mentor": 60, "friend": 30]
    /// The role tags (by index) anyone may carry.
    static let openRoleTags = roleTags.indices.filter { tagCadence[roleTags[$0]] == nil }
    static let interactionKinds: [InteractionKind] = [.call, .message, .message, .email, .meal, .meeting, .meeting]
    static let eventKinds = ["Meetup", "Conference", "Summit", "Breakfast", "Demo Day", "Hack Night", "Dinner"]
    static let notes = [
        "Wants intros to %@ people.", "Hiring for %@.", "Writes a newsletter on %@.",
        "Raising a round; ask about %@.", "Great explainer of %@.", "Mentors founders in %@.",
    ]
    static let promisesByMe = [
        "send the deck", "intro to a designer", "share the hiring doc", "coffee next month",
        "feedback on their pitch", "send the article we discussed", "book a call", "review the proposal",
    ]
    static let promisesToMe = [
        "send their investor list", "intro to their CTO", "share the report", "reply about the role",
        "send conference tickets", "look at my draft",
    ]
    /// What people look for and can give; `%@` is one of their sector's interests.
    static let needs = [
        "a seed investor for %@", "a designer for our %@ app", "a senior backend engineer who knows %@",
        "advice on hiring a first salesperson", "an intro to a journalist covering %@", "pilot customers in %@",
        "a mentor for a first-time founder", "legal advice on fundraising", "a speaker on %@ for our meetup",
        "a co-founder with %@ experience",
    ]
    static let offers = [
        "angel investing in %@, seed rounds", "product design reviews", "backend engineering advice on %@",
        "advice on hiring salespeople", "press contacts in %@", "introductions to %@ customers",
        "mentoring first-time founders", "legal advice for startups", "speaking about %@", "office hours on %@",
    ]
    static let interactionNotes = [
        "caught up over coffee", "talked about hiring", "discussed the fundraise", "swapped book tips",
        "planned the next meetup", "asked for advice on pricing",
    ]
}
