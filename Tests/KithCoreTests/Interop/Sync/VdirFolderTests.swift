import Foundation
import Testing
@testable import KithCore

/// A vdir as vdirsyncer keeps one: items are the files with the extension, told unchanged by
/// size, time and inode, written whole and private.
@Suite struct VdirFolderTests {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("vdir-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @Test func itemsAreTheFilesWithTheExtension() throws {
        for name in ["b.vcf", "a.vcf", ".hidden.vcf", "x.vcf.tmp", "notes.txt"] {
            try Data("BEGIN:VCARD\r\n".utf8).write(to: URL(fileURLWithPath: path + "/" + name))
        }
        try FileManager.default.createDirectory(atPath: path + "/folder.vcf", withIntermediateDirectories: true)
        let folder = try VdirFolder(path: path, fileExtension: "vcf", writing: false)
        #expect(try folder.entries().map(\.file) == ["a.vcf", "b.vcf"])
    }

    @Test func aWriteIsWholePrivateAndChangesTheFingerprint() throws {
        let folder = try VdirFolder(path: path, fileExtension: "vcf", writing: true)
        let first = try folder.write(Data("one".utf8), to: "ana.vcf")
        #expect(try folder.entries() == [.init(file: "ana.vcf", fingerprint: first)])
        let second = try folder.write(Data("two".utf8), to: "ana.vcf")
        #expect(second != first)
        #expect(String(decoding: try folder.read("ana.vcf"), as: UTF8.self) == "two")
        #expect((try FileManager.default.attributesOfItem(atPath: path + "/ana.vcf")[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["ana.vcf"])
        try folder.remove("ana.vcf")
        try folder.remove("ana.vcf")
        #expect(try folder.entries().isEmpty)
    }

    @Test func aNewItemIsNamedAfterItsUIDWhenSafe() throws {
        let folder = try VdirFolder(path: path, fileExtension: "vcf", writing: false)
        #expect(folder.fileName(forUID: "3f2a-b_c.d+e", fallback: "x") == "3f2a-b_c.d+e.vcf")
        #expect(folder.fileName(forUID: "urn:uuid:1/2", fallback: "kith-7") == "kith-7.vcf")
        #expect(folder.fileName(forUID: "", fallback: "kith-7") == "kith-7.vcf")
    }

    @Test func aFolderThatIsNotThereOrNotAFolderOrNotWritableIsRefused() throws {
        #expect(throws: KithError.invalid("\(path)/none does not exist; make the folder, or name the vdir vdirsyncer syncs")) {
            try VdirFolder(path: path + "/none", fileExtension: "vcf", writing: false)
        }
        try Data().write(to: URL(fileURLWithPath: path + "/file"))
        #expect(throws: KithError.invalid("\(path)/file is a file, not a folder of .vcf files")) {
            try VdirFolder(path: path + "/file", fileExtension: "vcf", writing: false)
        }
        guard getuid() != 0 else { return }  // root may write anywhere
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path) }
        #expect(throws: KithError.self) { try VdirFolder(path: path, fileExtension: "vcf", writing: true) }
    }
}
