using System.Buffers.Binary;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Validation;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// Bad input fails with an exception naming the place in the model, before any byte is written:
/// writing to a path creates no file and leaves an existing one as it was.
/// </summary>
public sealed class BadInputTests
{
    private static readonly Lazy<FontRegistry> DefaultRegistry = new(DefaultFonts.CreateRegistry);
    private static readonly byte[] ExistingBytes = "an earlier bulletin"u8.ToArray();

    private DirectoryInfo _folder = null!;

    private static BulletinOptions Options => new() { Theme = BulletinThemes.PressRelease, Fonts = DefaultRegistry.Value };

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("bulletin-bad-input-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [Test]
    public void Png_with_a_corrupt_body_is_reported_at_the_figure_and_nothing_is_written()
    {
        var image = new ImageData(CorruptPng(), ImageFormat.Png);
        Assert.That(ImageHeader.TryRead(image.Bytes.Span), Is.Not.Null, "the header itself must stay readable");
        var document = Document([new Paragraph("导语。"), new Figure { Image = image, AltText = "坏图" }]);

        var exception = AssertNothingWritten<BulletinValidationException>(document, Options);

        Assert.That(exception.Problems.Select(problem => problem.ToString()), Has.Some.Match(@"^Items\[0\]\.Body\[1\]\.Image: the PNG image cannot be decoded \(.+\)$"));
    }

    [Test]
    public void Character_no_default_font_covers_is_reported_with_its_inline_and_offset()
    {
        var document = Document([new Paragraph([new Text("正文，"), new Text("笑😀。")])]);

        var exception = AssertNothingWritten<BulletinValidationException>(document, Options);

        Assert.That(exception.Problems, Is.EqualTo(new[]
        {
            new ValidationProblem("Items[0].Body[0].Inlines[1]", "offset 1: U+1F600 😀 is not covered by any registered font"),
        }));
    }

    [Test]
    public void With_an_empty_font_registry_the_theme_families_are_reported_once_each_not_every_character()
    {
        var document = Document([new Paragraph("正文")]);

        var exception = AssertNothingWritten<BulletinValidationException>(document, Options with { Fonts = new FontRegistry() });

        var problems = exception.Problems.Select(problem => problem.ToString()).ToList();
        Assert.That(problems, Does.Contain(
            "Theme.Styles[Body].Font.PdfFamily: font family 'Noto Serif SC' is not registered (no font is registered; DefaultFonts.CreateRegistry() in Bulletin.Docs.Fonts has open CJK fonts)"));
        Assert.That(problems, Has.None.Contains("is not covered"));
    }

    [Test]
    public void Characters_no_font_covers_are_reported_once_per_text_with_the_first_offset_and_a_count()
    {
        var document = Document([new Paragraph("正文😀和😀")]);

        var exception = AssertNothingWritten<BulletinValidationException>(document, Options);

        Assert.That(exception.Problems.Select(problem => problem.ToString()), Does.Contain(
            "Items[0].Body[0].Inlines[0]: offset 2: U+1F600 😀 is not covered by any registered font (and 1 more such characters)"));
    }

    [Test]
    public void Table_row_taller_than_a_page_is_a_layout_error_naming_the_table()
    {
        var tall = string.Concat(Enumerable.Repeat("表格单元格里的文字太多，", 400));
        var document = Document([new Paragraph("导语。"), new Table([["项目", "说明", "备注", "状态"], ["一", tall, "无", "完成"]])]);

        var exception = AssertNothingWritten<BulletinLayoutException>(document, Options);

        Assert.Multiple(() =>
        {
            Assert.That(exception.Path, Is.EqualTo("Items[0].Body[1]"));
            Assert.That(exception.Message, Does.StartWith("Items[0].Body[1]: table row 2 is taller than"));
        });
    }

    [Test]
    public void Figure_taller_than_a_page_is_scaled_into_the_type_area_keeping_its_aspect_ratio()
    {
        const int widthPx = 300, heightPx = 4000;
        var document = Document([new Figure { Image = new ImageData(Png(widthPx, heightPx), ImageFormat.Png), AltText = "长图", Caption = "一张很长的图。" }]);
        var setup = Options.Theme.Page;

        var layout = BulletinLayoutEngine.Layout(document, Options);

        var image = layout.Pages.SelectMany(page => page.Elements).OfType<ImageElement>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(image.X, Is.GreaterThanOrEqualTo(setup.MarginLeftPt - 0.01));
            Assert.That(image.X + image.Width, Is.LessThanOrEqualTo(setup.WidthPt - setup.MarginRightPt + 0.01));
            Assert.That(image.Y, Is.GreaterThanOrEqualTo(setup.MarginTopPt - 0.01));
            Assert.That(image.Y + image.Height, Is.LessThanOrEqualTo(setup.HeightPt - setup.MarginBottomPt + 0.01));
            Assert.That(image.Height, Is.LessThan(setup.ContentHeightPt + 0.01));
            Assert.That(image.Width / image.Height, Is.EqualTo((double)widthPx / heightPx).Within(0.1).Percent, "aspect ratio");
        });
    }

    /// <summary>
    /// Writes <paramref name="document"/> over an existing file and to a new path; both must fail
    /// with <typeparamref name="TException"/>, leave the existing file untouched and create nothing.
    /// </summary>
    private TException AssertNothingWritten<TException>(BulletinDocument document, BulletinOptions options)
        where TException : Exception
    {
        var existing = Path.Combine(_folder.FullName, "existing.pdf");
        File.WriteAllBytes(existing, ExistingBytes);
        var fresh = Path.Combine(_folder.FullName, "fresh.pdf");

        Assert.Throws<TException>(() => BulletinPdf.WriteFile(document, existing, options));
        var exception = Assert.Throws<TException>(() => BulletinPdf.WriteFile(document, fresh, options));
        using var stream = new MemoryStream();
        Assert.Throws<TException>(() => BulletinPdf.Write(document, stream, options));

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(existing), Is.EqualTo(ExistingBytes), "the existing file was changed");
            Assert.That(_folder.GetFiles().Select(file => file.Name), Is.EqualTo(new[] { "existing.pdf" }), "files left behind");
            Assert.That(stream.Length, Is.Zero, "bytes written to the stream");
        });
        return exception!;
    }

    private static BulletinDocument Document(IReadOnlyList<Block> body) => new()
    {
        Items = [new Article { Headline = "坏输入", Body = body }],
        Metadata = new DocumentMetadata { Title = "坏输入", Created = new DateTimeOffset(2025, 1, 7, 8, 0, 0, TimeSpan.FromHours(8)) },
    };

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x20, 0x60, 0xA0));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    // A valid signature and IHDR, then an IDAT whose compressed data is overwritten with junk.
    private static byte[] CorruptPng()
    {
        var png = Png(64, 48);
        var offset = 8;
        while (offset + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            if (png.AsSpan(offset + 4, 4).SequenceEqual("IDAT"u8))
            {
                png.AsSpan(offset + 8, length).Fill(0x5A);
                return png;
            }

            offset += 12 + length;
        }

        throw new AssertionException("The test PNG has no IDAT chunk.");
    }
}
