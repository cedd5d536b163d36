namespace Bulletin.Docs;

/// <summary>What every writer does with the caller's output stream.</summary>
internal static class OutputStreams
{
    /// <summary>Refuses a stream that cannot be written before any work is done.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable (closed or read-only).</exception>
    public static void CheckWritable(Stream output, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(output, parameterName);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable (it is read-only or closed).", parameterName);
        }
    }

    /// <summary>
    /// Copies a finished buffer to <paramref name="output"/> with asynchronous writes only (so a stream
    /// that forbids synchronous I/O, as ASP.NET Core's response body does by default, works) and flushes it.
    /// </summary>
    public static async Task CopyAsync(MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, checked((int)buffer.Length)), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="bytes"/> with asynchronous writes only, then flushes.</summary>
    public static async Task WriteAsync(byte[] bytes, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
