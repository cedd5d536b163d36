namespace Bulletin.Docs.Tests.Paragraphs;

/// <summary>
/// The paragraphs of the seed newspaper page. Its extraction flattened the full-width marks
/// <c>，：；（）</c> to ASCII; they are restored here because in the Chinese text they stand for the
/// full-width marks (no ASCII one sits between Latin letters or digits in this page).
/// </summary>
internal static class SeedText
{
    public static readonly Lazy<string[]> Paragraphs = new(Load);

    private static string[] Load()
    {
        return File.ReadAllLines(FindSeed())
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(Restore)
            .ToArray();
    }

    public static string Restore(string s) =>
        s.Replace(',', '，').Replace(':', '：').Replace(';', '；').Replace('(', '（').Replace(')', '）');

    // A copy of shared/seed/000_47dffea3180f788c.txt is kept beside these tests; found from the
    // build output by walking up to the repository.
    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Bulletin.Docs.Tests", "Paragraphs", "Seed", "000_47dffea3180f788c.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Seed page tests/Bulletin.Docs.Tests/Paragraphs/Seed/000_47dffea3180f788c.txt not found above " + AppContext.BaseDirectory);
    }
}
