using Bulletin.Docs.Cli.Input;
using Bulletin.Docs.Cli.Output;
using Bulletin.Docs.Model;
using Bulletin.Docs.Samples;
using Bulletin.Docs.Serialization;
using NUnit.Framework;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>
/// The samples as Markdown (samples/markdown) read to the same model as the C# samples, so the tool
/// writes the same DOCX and PDF bytes as the library does from C#.
/// </summary>
public sealed class MarkdownSampleTests
{
    private static readonly Fonts.FontRegistry Fonts = Bulletin.Docs.Fonts.DefaultFonts.CreateRegistry();

    private static IEnumerable<TestCaseData> All() =>
        SampleCatalog.All.Select(sample => new TestCaseData(sample.Name).SetArgDisplayNames(sample.Name));

    private static Sample Find(string name) => SampleCatalog.All.Single(s => s.Name == name);

    private static string ThemeName(Sample sample) => sample.Name switch
    {
        "taiyuan-daily" => "newspaper",
        "work-bulletin" => "work-bulletin",
        _ => "press-release",
    };

    [OneTimeSetUp]
    public void WriteSamplesWhenAccepting()
    {
        if (!Repository.Accept)
        {
            return;
        }

        Directory.CreateDirectory(Repository.Samples);
        foreach (var sample in SampleCatalog.All)
        {
            var text = MarkdownWriter.Write(sample.Document, ThemeName(sample), sample.Theme.Contents ? true : null, figure =>
            {
                var name = "winter-park.jpg";
                File.WriteAllBytes(Path.Combine(Repository.Samples, name), figure.Image.Bytes.ToArray());
                return name;
            });
            File.WriteAllText(Path.Combine(Repository.Samples, sample.Name + ".md"), text);
        }
    }

    [Test]
    public void The_sample_photo_is_the_drawn_one()
    {
        var onDisk = File.ReadAllBytes(Path.Combine(Repository.Samples, "winter-park.jpg"));

        Assert.That(onDisk, Is.EqualTo(SampleImages.WinterPark().Bytes.ToArray()));
    }

    [TestCaseSource(nameof(All))]
    public void Markdown_reads_to_the_model_of_the_csharp_sample(string name)
    {
        var sample = Find(name);
        var input = Read(name);

        Assert.That(input.Problems, Is.Empty);
        Assert.That(BulletinJson.Serialize(input.Document!), Is.EqualTo(BulletinJson.Serialize(sample.Document)));
        Assert.That(input.Theme?.Value, Is.EqualTo(ThemeName(sample)));
    }

    [TestCaseSource(nameof(All))]
    public void The_tool_writes_the_same_docx_and_pdf_bytes_as_the_csharp_sample(string name)
    {
        var sample = Find(name);
        using var folder = new TempFolder();
        var (exit, io) = TestIo.Run(Repository.Root, "render", Path.Combine(Repository.Samples, name + ".md"), "-o", folder.Path);
        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);

        var options = sample.Options with { Fonts = Fonts };
        using var docx = new MemoryStream();
        BulletinDocx.Write(sample.Document, docx, options);
        using var pdf = new MemoryStream();
        BulletinPdf.Write(sample.Document, pdf, options);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(Path.Combine(folder.Path, name + ".docx")), Is.EqualTo(docx.ToArray()), "DOCX");
            Assert.That(File.ReadAllBytes(Path.Combine(folder.Path, name + ".pdf")), Is.EqualTo(pdf.ToArray()), "PDF");
        });
    }

    [TestCaseSource(nameof(All))]
    public void Writing_the_model_as_markdown_and_reading_it_back_gives_the_model(string name)
    {
        var sample = Find(name);
        using var folder = new TempFolder();
        var text = MarkdownWriter.Write(sample.Document, null, null, figure =>
        {
            File.WriteAllBytes(Path.Combine(folder.Path, "photo.jpg"), figure.Image.Bytes.ToArray());
            return "photo.jpg";
        });
        var path = folder.Write("round-trip.md", text);

        var input = MarkdownReader.Read(path, text);

        Assert.That(input.Problems, Is.Empty);
        Assert.That(BulletinJson.Serialize(input.Document!), Is.EqualTo(BulletinJson.Serialize(sample.Document)));
    }

    [Test]
    public void A_table_with_column_shares_round_trips_through_markdown()
    {
        var document = new BulletinDocument
        {
            Items = [new Article { Headline = "标题", Body = [new Table([["序号", "事项"], ["1", "推进城市更新"]]) { ColumnWidths = [1, 2.5] }, "正文。"] }],
        };
        var text = MarkdownWriter.Write(document, null, null, _ => throw new AssertionException("no figure"));

        var input = MarkdownReader.Read(Path.Combine(Path.GetTempPath(), "widths.md"), text);

        Assert.That(input.Problems, Is.Empty, text);
        Assert.That(BulletinJson.Serialize(input.Document!), Is.EqualTo(BulletinJson.Serialize(document)), text);
    }

    private static LoadedInput Read(string name)
    {
        var path = Path.Combine(Repository.Samples, name + ".md");
        return MarkdownReader.Read(path, File.ReadAllText(path));
    }
}
