using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Writers.WriterApiTests;

namespace Bulletin.Docs.Tests.Writers;

/// <summary>
/// Failing targets — read-only, throwing, forward-only streams, a full or read-only disk — give
/// ordinary exceptions the caller can catch, and never a half-written file.
/// </summary>
public sealed class WriterFailureTests
{
    private static readonly MemoryStream ReadOnly = new([], writable: false);

    [Test]
    public void A_read_only_stream_is_refused_before_any_work()
    {
        var layout = BulletinLayoutEngine.Layout(Document, Options);

        Assert.That(() => BulletinDocx.Write(Document, ReadOnly, Options), Throws.ArgumentException.With.Message.Contains("not writable"));
        Assert.That(async () => await BulletinDocx.WriteAsync(Document, ReadOnly, Options), Throws.ArgumentException);
        Assert.That(() => BulletinPdf.Write(Document, ReadOnly, Options), Throws.ArgumentException.With.Message.Contains("not writable"));
        Assert.That(() => BulletinPdf.Write(layout, ReadOnly), Throws.ArgumentException);
        Assert.That(async () => await BulletinPdf.WriteAsync(layout, ReadOnly), Throws.ArgumentException);
        Assert.That(() => BulletinPng.WritePage(layout, 1, ReadOnly, 30), Throws.ArgumentException);
        Assert.That(async () => await BulletinPng.WritePageAsync(layout, 1, ReadOnly, 30), Throws.ArgumentException);
    }

    [TestCase(0)]
    [TestCase(100)]
    public void Docx_passes_on_the_error_of_a_stream_that_fails(int acceptedBytes)
    {
        Assert.That(() => BulletinDocx.Write(Document, new FailingStream(acceptedBytes), Options), Throws.InstanceOf<IOException>());
        Assert.That(async () => await BulletinDocx.WriteAsync(Document, new FailingStream(acceptedBytes), Options), Throws.InstanceOf<IOException>());
    }

    [Test]
    public void Png_passes_on_the_error_of_a_stream_that_fails()
    {
        var layout = BulletinLayoutEngine.Layout(Document, Options);

        Assert.That(() => BulletinPng.WritePage(layout, 1, new FailingStream(10), 30), Throws.InstanceOf<IOException>());
        Assert.That(async () => await BulletinPng.WritePageAsync(layout, 1, new FailingStream(10), 30), Throws.InstanceOf<IOException>());
    }

    [Test]
    public void Pdf_WriteAsync_passes_on_the_error_of_a_stream_that_fails() =>
        // The PDF is made in memory first, so the failing stream is only written from managed code.
        Assert.That(async () => await BulletinPdf.WriteAsync(Document, new FailingStream(100), Options), Throws.InstanceOf<IOException>());

    [Test]
    public void Pdf_Write_passes_on_the_error_of_a_stream_that_fails()
    {
        Assert.That(() => BulletinPdf.Write(Document, new FailingStream(0), Options), Throws.InstanceOf<IOException>());
        Assert.That(() => BulletinPdf.Write(Document, new FailingStream(100), Options), Throws.InstanceOf<IOException>());
    }

    [Test]
    public void Docx_and_png_write_to_a_forward_only_stream()
    {
        var layout = BulletinLayoutEngine.Layout(Document, Options);
        var docx = new ForwardOnlyStream();
        var png = new ForwardOnlyStream();

        BulletinDocx.Write(Document, docx, Options);
        BulletinPng.WritePage(layout, 1, png, 30);

        Assert.That(docx.Written, Is.EqualTo(BulletinDocx.ToBytes(Document, Options)));
        Assert.That(png.Written, Is.EqualTo(BulletinPng.RenderPage(layout, 1, 30)));
    }

    [Test]
    public async Task Pdf_WriteAsync_writes_to_a_forward_only_stream()
    {
        var layout = BulletinLayoutEngine.Layout(Document, Options);
        var pdf = new ForwardOnlyStream();

        await BulletinPdf.WriteAsync(layout, pdf);

        Assert.That(pdf.Written, Is.EqualTo(BulletinPdf.ToBytes(layout)));
    }

    [Test]
    public void Pdf_Write_writes_to_a_forward_only_stream()
    {
        var layout = BulletinLayoutEngine.Layout(Document, Options);
        var pdf = new ForwardOnlyStream();

        BulletinPdf.Write(layout, pdf);

        Assert.That(pdf.Written, Is.EqualTo(BulletinPdf.ToBytes(layout)));
    }

    [Test]
    public void Docx_and_png_files_on_a_full_disk_fail_catchably_and_leave_the_old_file_and_no_temporary()
    {
        using var disk = SmallDisk.Mount(kilobytes: 256);
        var docx = Path.Combine(disk.Folder, "bulletin.docx");
        File.WriteAllText(docx, "old");
        var layout = BulletinLayoutEngine.Layout(Document, Options);
        disk.Fill();

        Assert.That(() => BulletinDocx.WriteFile(Document, docx, Options), Throws.InstanceOf<IOException>());
        Assert.That(() => BulletinPng.WriteFiles(layout, disk.Folder, "page", 30), Throws.InstanceOf<IOException>());

        Assert.That(File.ReadAllText(docx), Is.EqualTo("old"));
        Assert.That(disk.Files(), Is.EqualTo(new[] { "bulletin.docx", "filler" }));
    }

    [Test]
    public void Pdf_file_on_a_full_disk_fails_catchably_and_leaves_the_old_file_and_no_temporary()
    {
        using var disk = SmallDisk.Mount(kilobytes: 256);
        var pdf = Path.Combine(disk.Folder, "bulletin.pdf");
        File.WriteAllText(pdf, "old");
        disk.Fill();

        Assert.That(() => BulletinPdf.WriteFile(Document, pdf, Options), Throws.InstanceOf<IOException>());

        Assert.That(File.ReadAllText(pdf), Is.EqualTo("old"));
        Assert.That(disk.Files(), Is.EqualTo(new[] { "bulletin.pdf", "filler" }));
    }

    [Test]
    public void Files_on_a_read_only_disk_fail_catchably_for_every_writer()
    {
        using var disk = SmallDisk.Mount(kilobytes: 256);
        var docx = Path.Combine(disk.Folder, "bulletin.docx");
        File.WriteAllText(docx, "old");
        var layout = BulletinLayoutEngine.Layout(Document, Options);
        disk.MakeReadOnly();
        // A constraint expression cannot be reused across asserts in NUnit, so one per assert.
        static NUnit.Framework.Constraints.Constraint failure() => Is.InstanceOf<IOException>().Or.InstanceOf<UnauthorizedAccessException>();

        // The PDF fails here too, but before Skia writes a byte: the temporary file cannot be created.
        Assert.That(Thrown(() => BulletinDocx.WriteFile(Document, docx, Options)), failure());
        Assert.That(Thrown(() => BulletinPdf.WriteFile(layout, Path.Combine(disk.Folder, "bulletin.pdf"))), failure());
        Assert.That(Thrown(() => BulletinPng.WriteFiles(layout, disk.Folder, "page", 30)), failure());

        Assert.That(File.ReadAllText(docx), Is.EqualTo("old"));
        Assert.That(disk.Files(), Is.EqualTo(new[] { "bulletin.docx" }));
    }

    private static Exception? Thrown(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }
}
