using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Architecture;

/// <summary>The library's rooms (namespaces) depend on each other in one direction only.</summary>
[TestFixture]
public sealed class RoomCycleTests
{
    private static string Library => Path.Combine(SourcePaths.RepositoryRoot(), "src", "Bulletin.Docs");

    /// <summary>
    /// Back-arrows that still stand, each with the reason; the test fails on any other circle, and
    /// on an entry here that no longer exists, so the list only shrinks. Each is a lower room using
    /// a type that lives in the room above it: the fix is to move that type down.
    /// </summary>
    private static readonly (string From, string To, string Why)[] KnownBackArrows =
    [
    ];

    [Test]
    public void No_room_uses_a_room_that_uses_it_back()
    {
        var graph = RoomGraph.Read(Library);
        var known = KnownBackArrows.Select(arrow => (arrow.From, arrow.To)).ToHashSet();

        var cycles = graph.Without(known).Cycles();
        var report = cycles.Select(cycle => string.Join("\n", cycle.SelectMany(room => graph.Uses(room)
            .Where(use => cycle.Contains(use.Key) && !known.Contains((room, use.Key)))
            .Select(use => $"  {room} → {use.Key} ({string.Join("; ", use.Value.Take(3))})"))));
        var gone = KnownBackArrows.Where(arrow => !graph.Uses(arrow.From).ContainsKey(arrow.To)).Select(arrow => $"{arrow.From} → {arrow.To}");

        Assert.Multiple(() =>
        {
            Assert.That(report, Is.Empty, "rooms that use each other in a circle");
            Assert.That(gone, Is.Empty, "known back-arrows that no longer exist: remove them from the list");
        });
    }

    [Test]
    public void The_reader_sees_a_back_arrow_through_an_enclosing_namespace()
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-rooms-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "A.cs"), "using Bulletin.Docs.Outer.Inner;\nnamespace Bulletin.Docs.Outer;\ninternal sealed record Page(int Number);\ninternal static class Use { public static object Make() => new Helper(); }\n");
            File.WriteAllText(Path.Combine(folder.FullName, "B.cs"), "namespace Bulletin.Docs.Outer.Inner;\n// Page in a comment does not count; a Page in code does.\ninternal sealed class Helper { public Page? Last { get; init; } }\n");
            File.WriteAllText(Path.Combine(folder.FullName, "C.cs"), "namespace Bulletin.Docs.Other;\ninternal static class Q { public static object M() => Outer.Inner.Helper.Make; }\n");

            var graph = RoomGraph.Read(folder.FullName);

            Assert.That(graph.Cycles(), Has.Count.EqualTo(1));
            Assert.That(graph.Cycles()[0], Is.EqualTo(new[] { "Bulletin.Docs.Outer", "Bulletin.Docs.Outer.Inner" }));
            Assert.That(graph.Uses("Bulletin.Docs.Other").Keys, Is.EqualTo(new[] { "Bulletin.Docs.Outer.Inner" }), "a namespace-qualified name is a use");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void No_source_cites_the_private_typography_note()
    {
        var citing = Directory.EnumerateFiles(SourcePaths.RepositoryRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains("TYPOGRAPHY" + " §", StringComparison.Ordinal))
            .ToList();

        Assert.That(citing, Is.Empty, "cite docs/typography.md or the public source instead");
    }
}
