using NUnit.Framework;

namespace Bulletin.Docs.Cli.Tests;

/// <summary><c>bulletin watch</c>: renders at once, then again when the file is saved, until cancelled.</summary>
public sealed class WatchTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task A_save_renders_again_and_cancelling_ends_with_exit_0(CancellationToken testCancel)
    {
        using var folder = new TempFolder();
        var source = folder.Write("release.md", "# 第一稿\n\n正文。\n");
        var io = new TestIo(folder.Path);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(testCancel);
        var docx = Path.Combine(folder.Path, "release.docx");

        var watching = new Renderer(io).WatchAsync(new RenderRequest(["release.md"], null, OutputFormats.Docx, 96, null, null, []), stop.Token);
        while (!File.Exists(docx))
        {
            await Task.Delay(50, testCancel);
        }

        var first = await File.ReadAllBytesAsync(docx, testCancel);
        await File.WriteAllTextAsync(source, "# 第二稿\n\n正文。\n", testCancel);
        while ((await File.ReadAllBytesAsync(docx, testCancel)).SequenceEqual(first))
        {
            await Task.Delay(50, testCancel);
        }

        await stop.CancelAsync();
        Assert.That(await watching, Is.EqualTo(ExitCodes.Success));
        Assert.That(io.Errors, Does.Contain("rendered release.md"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_file_that_is_no_input_changing_beside_it_renders_nothing(CancellationToken testCancel)
    {
        // `bulletin watch release.md > watch.log` in the same folder: each line the tool wrote changed
        // the folder, which rendered again, which wrote a line — a loop until Ctrl+C.
        using var folder = new TempFolder();
        folder.Write("release.md", "# 第一稿\n\n正文。\n");
        var log = Path.Combine(folder.Path, "watch.log");
        var io = new TestIo(folder.Path);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(testCancel);
        var docx = Path.Combine(folder.Path, "release.docx");

        var watching = new Renderer(io).WatchAsync(new RenderRequest(["release.md"], null, OutputFormats.Docx, 96, null, null, []), stop.Token);
        while (!File.Exists(docx))
        {
            await Task.Delay(50, testCancel);
        }

        for (var i = 0; i < 5; i++)
        {
            await File.AppendAllTextAsync(log, $"line {i}\n", testCancel);
            await Task.Delay(250, testCancel);
        }

        await Task.Delay(500, testCancel);
        await stop.CancelAsync();
        Assert.That(await watching, Is.EqualTo(ExitCodes.Success));
        Assert.That(io.Errors.Split('\n').Count(line => line.Contains("rendered release.md", StringComparison.Ordinal)), Is.EqualTo(1), io.Errors);
    }
}
