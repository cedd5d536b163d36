using System.Text.RegularExpressions;
using Bulletin.Docs.Samples;
using NUnit.Framework;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>The Markdown examples the READMEs show validate as written (with a photo beside them).</summary>
public sealed partial class DocumentedExampleTests
{
    [GeneratedRegex(@"```markdown\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkdownBlock();

    [TestCase("README.md")]
    [TestCase("src/Bulletin.Docs.Cli/README.md")]
    public void The_readme_markdown_example_validates(string readme)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, readme)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var example = MarkdownBlock().Matches(text).Select(m => m.Groups[1].Value).First();
        using var folder = new TempFolder();
        folder.Write("example.md", example);
        File.WriteAllBytes(Path.Combine(folder.Path, "photo.jpg"), SampleImages.WinterPark().Bytes.ToArray());

        var (exit, io) = TestIo.Run(folder.Path, "validate", "example.md");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
    }

    [Test]
    public void The_theme_file_example_of_the_readme_loads()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var yaml = Regex.Match(text, @"```yaml\n(base: .*?)```", RegexOptions.Singleline).Groups[1].Value;
        using var folder = new TempFolder();

        var (theme, problems) = Themes.ThemeFile.Load(folder.Write("house.yaml", yaml));

        Assert.That(problems, Is.Empty, () => string.Join("\n", problems));
        Assert.That(theme!.Name, Is.EqualTo("市政府办公室简报"));
    }
}
