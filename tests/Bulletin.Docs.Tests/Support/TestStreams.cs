namespace Bulletin.Docs.Tests.Support;

/// <summary>
/// A write-only stream that forbids synchronous I/O, as ASP.NET Core's response body does by
/// default (Kestrel's AllowSynchronousIO = false): Write and Flush throw
/// <see cref="InvalidOperationException"/>, the asynchronous versions work.
/// </summary>
internal sealed class AsyncOnlyStream : Stream
{
    private readonly MemoryStream written = new();

    public byte[] Written => written.ToArray();

    public int AsyncWrites { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => throw Forbidden();

    public override void Write(ReadOnlySpan<byte> buffer) => throw Forbidden();

    public override void WriteByte(byte value) => throw Forbidden();

    public override void Flush() => throw Forbidden();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        AsyncWrites++;
        written.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static InvalidOperationException Forbidden() =>
        new("Synchronous operations are disallowed. Call WriteAsync or set AllowSynchronousIO to true instead.");
}

/// <summary>A stream that accepts <c>limit</c> bytes, then fails every write as a broken disk or socket does.</summary>
internal sealed class FailingStream(int limit) : Stream
{
    private int count;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (count + buffer.Length > limit)
        {
            throw new IOException("No space left on device (test stream)");
        }

        count += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>A forward-only stream (a pipe, a socket, a zip entry): it cannot seek or tell its length.</summary>
internal sealed class ForwardOnlyStream : Stream
{
    private readonly MemoryStream written = new();

    public byte[] Written => written.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => written.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => written.Write(buffer);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
