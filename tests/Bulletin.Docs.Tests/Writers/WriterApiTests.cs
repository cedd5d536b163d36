using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Writers;

/// <summary>
/// The three writers' streams API: asynchronous writing for streams that forbid synchronous I/O,
/// byte-array results, cancellation, one base exception, and a missing theme as a validation problem.
/// </summary>
public sealed class WriterApiTests
{
    private static readonly Lazy<FontRegistry> Registry = new(DefaultFonts.CreateRegistry);

    internal static BulletinOptions Options => new() { Theme = BulletinThemes.PressRelease, Fonts = Registry.Value };

    internal static BulletinDocument Document => new()
    {
        Items = [new Article { Headline = "写入测试", Body = ["一段正文，用来检查写入的各种情况。", "第二段。"] }],
    };

    [Test]
    public async Task Docx_WriteAsync_works_on_a_stream_that_forbids_synchronous_io()
    {
        var output = new AsyncOnlyStream();

        await BulletinDocx.WriteAsync(Document, output, Options);

        Assert.That(output.Written, Is.EqualTo(BulletinDocx.ToBytes(Document, Options)));
        Assert.That(output.Written[..2], Is.EqualTo("PK"u8.ToArray()));
    }

    [Test]
    public async Task Docx_from_a_layout_is_the_docx_of_the_document_without_laying_out_again()
    {
        var document = new BulletinDocument
        {
            Items = [new Article { Kicker = "强化省会担当 激发强劲动能", Headline = "太原高质量发展步伐坚实有力加快建设现代化国际化省会城市", Body = ["一段正文，用来检查写入的各种情况。", "第二段。"] }],
        };
        var options = new BulletinOptions { Theme = BulletinThemes.Newspaper, Fonts = Registry.Value };
        var layout = BulletinLayoutEngine.Layout(document, options);
        var expected = BulletinDocx.ToBytes(document, options);
        var output = new AsyncOnlyStream();
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "from-layout.docx");

        await BulletinDocx.WriteAsync(layout, output);
        BulletinDocx.WriteFile(layout, path);

        Assert.Multiple(() =>
        {
            Assert.That(BulletinDocx.ToBytes(layout), Is.EqualTo(expected), "ToBytes");
            Assert.That(output.Written, Is.EqualTo(expected), "WriteAsync");
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected), "WriteFile");
            Assert.That(
                BulletinDocx.ToBytes(layout, new Bulletin.Docs.Word.WordOptions { EmbedFonts = true }),
                Is.EqualTo(BulletinDocx.ToBytes(document, options with { Word = new Bulletin.Docs.Word.WordOptions { EmbedFonts = true } })),
                "with the faces embedded");
        });
    }

    [TestCase("../escape")]
    [TestCase("sub/page")]
    [TestCase("..\\escape")]
    public void Png_files_refuse_a_base_name_that_is_a_path_rather_than_writing_outside_the_folder(string baseName)
    {
        var root = Directory.CreateTempSubdirectory("bulletin-png-");
        try
        {
            var folder = Path.Combine(root.FullName, "previews");
            var layout = BulletinLayoutEngine.Layout(Document, Options);

            Assert.That(() => BulletinPng.WriteFiles(layout, folder, baseName, 30), Throws.ArgumentException.With.Property("ParamName").EqualTo("baseName"));
            Assert.That(Directory.GetFiles(root.FullName, "*", SearchOption.AllDirectories), Is.Empty, "nothing written anywhere");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Test]
    public void Docx_from_a_layout_made_by_hand_is_refused_before_anything_is_written()
    {
        var layout = new LaidOutDocument([new LaidOutPage(1, 595, 842, [])], new DocumentMetadata());
        var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => BulletinDocx.Write(layout, output));

        Assert.That(error!.Message, Does.Contain("BulletinLayoutEngine.Layout"));
        Assert.That(output.Length, Is.Zero);
    }

    [Test]
    public void A_layout_without_pages_is_refused_by_the_pdf_writer_before_anything_is_written()
    {
        // What a layout made by hand, or one edited with `with { Pages = [] }`, can hold; poppler
        // refuses the PDF such a layout used to give ("Invalid page count 0").
        var layout = new LaidOutDocument([], new DocumentMetadata());
        var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => BulletinPdf.Write(layout, output));

        Assert.That(error!.ParamName, Is.EqualTo("layout"));
        Assert.That(error.Message, Does.Contain("no pages"));
        Assert.That(output.Length, Is.Zero);
        Assert.Throws<ArgumentException>(() => BulletinPdf.ToBytes(layout));
    }

    [TestCase(0, 842)]
    [TestCase(double.NaN, 842)]
    [TestCase(-5, 842)]
    [TestCase(595, 1e9)]
    [TestCase(2, 842)]
    public void A_page_of_a_size_no_pdf_reader_takes_is_refused_by_the_pdf_and_png_writers(double width, double height)
    {
        var layout = new LaidOutDocument([new LaidOutPage(1, 595, 842, []), new LaidOutPage(2, width, height, [])], new DocumentMetadata());
        var output = new MemoryStream();

        var pdf = Assert.Throws<ArgumentException>(() => BulletinPdf.Write(layout, output));
        var png = Assert.Throws<ArgumentException>(() => BulletinPng.RenderPage(layout, 2));

        Assert.That(pdf!.Message, Does.Contain("Pages[1]").And.Contain("between 3 and 14400 pt"));
        Assert.That(png!.Message, Does.Contain("Pages[1]"));
        Assert.That(output.Length, Is.Zero);
        Assert.That(BulletinPng.RenderPage(layout, 1), Is.Not.Empty, "the good page still renders");
    }

    [Test]
    public void Docx_sync_Write_to_such_a_stream_fails_with_the_streams_own_catchable_error()
    {
        var output = new AsyncOnlyStream();

        Assert.Throws<InvalidOperationException>(() => BulletinDocx.Write(Document, output, Options));
    }

    [Test]
    public async Task Pdf_WriteAsync_works_on_a_stream_that_forbids_synchronous_io()
    {
        var output = new AsyncOnlyStream();
        var layout = BulletinLayoutEngine.Layout(Document, Options);

        await BulletinPdf.WriteAsync(Document, output, Options);
        var fromLayout = new AsyncOnlyStream();
        await BulletinPdf.WriteAsync(layout, fromLayout);

        Assert.That(output.Written[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        Assert.That(output.Written, Is.EqualTo(BulletinPdf.ToBytes(Document, Options)));
        Assert.That(fromLayout.Written, Is.EqualTo(BulletinPdf.ToBytes(layout)));
    }

    [Test]
    public async Task Png_WritePageAsync_works_on_a_stream_that_forbids_synchronous_io()
    {
        var layout = BulletinLayoutEngine.Layout(Document, Options);
        var output = new AsyncOnlyStream();

        await BulletinPng.WritePageAsync(layout, 1, output, dpi: 30);

        Assert.That(output.Written, Is.EqualTo(BulletinPng.RenderPage(layout, 1, dpi: 30)));
        Assert.That(output.Written[1..4], Is.EqualTo("PNG"u8.ToArray()));
    }

    [Test]
    public void A_cancelled_token_stops_every_async_writer_before_anything_is_written()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var layout = BulletinLayoutEngine.Layout(Document, Options);
        var output = new AsyncOnlyStream();

        Assert.That(async () => await BulletinDocx.WriteAsync(Document, output, Options, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(async () => await BulletinPdf.WriteAsync(Document, output, Options, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(async () => await BulletinPdf.WriteAsync(layout, output, null, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(async () => await BulletinPng.WritePageAsync(layout, 1, output, 30, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(output.AsyncWrites, Is.Zero);
    }

    [Test]
    public void A_null_theme_is_a_validation_problem_for_every_writer()
    {
        var options = Options with { Theme = null! };
        const string expected = "Theme: theme is missing; use one of BulletinThemes or your own";

        Assert.That(BulletinValidator.Validate(Document, null!).Select(p => p.ToString()), Is.EqualTo(new[] { expected }));
        Assert.That(Assert.Throws<BulletinValidationException>(() => BulletinDocx.ToBytes(Document, options))!.Problems[0].ToString(), Is.EqualTo(expected));
        Assert.That(Assert.Throws<BulletinValidationException>(() => BulletinPdf.ToBytes(Document, options))!.Problems[0].ToString(), Is.EqualTo(expected));
        Assert.That(Assert.Throws<BulletinValidationException>(() => BulletinPng.RenderPages(Document, options))!.Problems[0].ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Validation_and_layout_errors_share_one_base_exception()
    {
        var invalid = new BulletinDocument { Items = [new Article { Headline = "", Body = [] }] };
        var tooTall = new BulletinDocument
        {
            Items = [new Article { Headline = "表", Body = [new Table([["甲", "乙"], ["长", new string('字', 200)]])] }],
        };
        var smallPage = Options with { Theme = PageLayout.TestThemes.Simple() };

        Assert.That(Catch(() => BulletinDocx.ToBytes(invalid, Options)), Is.InstanceOf<BulletinValidationException>());
        Assert.That(Catch(() => BulletinPdf.ToBytes(tooTall, smallPage)), Is.InstanceOf<BulletinLayoutException>());
    }

    [Test]
    public void A_font_the_pdf_cannot_use_is_a_bulletin_exception_too()
    {
        var path = Tests.Fonts.FontTestSupport.SystemFont("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "apt-get install fonts-noto-cjk");

        Assert.That(Catch(() => new FontRegistry().Register(path)), Is.InstanceOf<UnsupportedFontException>());
    }

    /// <summary>Runs <paramref name="action"/> and returns what one <c>catch (BulletinException)</c> caught.</summary>
    private static BulletinException? Catch(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (BulletinException error)
        {
            return error;
        }
    }
}
