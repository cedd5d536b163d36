using System.Diagnostics;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// Whatever the output does, the PDF writer fails as an ordinary exception the caller can catch:
/// a read-only stream, a stream that throws, a full disk. A stream that cannot seek is no failure:
/// the writer counts its own offsets. WriteFile keeps the old file and leaves no temporary one.
/// </summary>
public sealed class OutputFailureTests
{
    private static LaidOutDocument Layout => RenderedSample.Of("press-release").Layout;

    [Test]
    public void A_read_only_stream_is_refused_before_anything_is_written()
    {
        using var stream = new MemoryStream(new byte[16], writable: false);
        Assert.Throws<ArgumentException>(() => BulletinPdf.Write(Layout, stream));
    }

    [Test]
    public void An_exception_from_the_stream_reaches_the_caller()
    {
        using var stream = new FailingStream(failAfter: 10_000);
        var exception = Assert.Throws<IOException>(() => BulletinPdf.Write(Layout, stream));
        Assert.That(exception!.Message, Is.EqualTo(FailingStream.Message));
    }

    [Test]
    public void A_stream_that_cannot_seek_gets_the_same_bytes_as_a_memory_stream()
    {
        using var memory = new MemoryStream();
        BulletinPdf.Write(Layout, memory);
        using var forwardOnly = new ForwardOnlyStream();
        BulletinPdf.Write(Layout, forwardOnly);
        Assert.That(forwardOnly.Written.ToArray(), Is.EqualTo(memory.ToArray()));
    }

    [Test]
    public void A_full_disk_fails_catchably_keeps_the_old_file_and_leaves_no_temporary_file()
    {
        var mountPoint = Directory.CreateTempSubdirectory("bulletin-full-disk-");
        try
        {
            // A 64 KB tmpfs: the press release's PDF (≈ 60 KB) and its temporary copy cannot both fit.
            var mount = Process.Start("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.FullName]);
            mount.WaitForExit();
            if (mount.ExitCode != 0)
            {
                Assert.Ignore("Mounting a small tmpfs needs root (CAP_SYS_ADMIN); the full-disk case was not run.");
            }

            try
            {
                var target = Path.Combine(mountPoint.FullName, "bulletin.pdf");
                var old = new byte[40 * 1024];
                old.AsSpan().Fill((byte)'x');
                File.WriteAllBytes(target, old);

                Assert.Throws<IOException>(() => BulletinPdf.WriteFile(Layout, target));
                Assert.That(File.ReadAllBytes(target), Is.EqualTo(old), "the old file is untouched");
                Assert.That(Directory.GetFileSystemEntries(mountPoint.FullName), Is.EqualTo(new[] { target }), "no temporary file is left");
            }
            finally
            {
                Process.Start("umount", [mountPoint.FullName]).WaitForExit();
            }
        }
        finally
        {
            mountPoint.Delete(recursive: true);
        }
    }

    /// <summary>A writable stream that throws once more than <c>failAfter</c> bytes were written to it.</summary>
    private sealed class FailingStream(int failAfter) : ForwardOnlyStream
    {
        public const string Message = "The device is gone.";

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Written.Length + buffer.Length > failAfter)
            {
                throw new IOException(Message);
            }

            base.Write(buffer);
        }
    }

    /// <summary>Like a network response body: writable, not readable, not seekable, no length or position.</summary>
    private class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => Written.Write(buffer);
    }
}
