using Microsoft.Win32.SafeHandles;
using SkiaSharp;

namespace Bulletin.Docs.Fonts;

/// <summary>Where a registered font's bytes come from, read in full only when a face is first used.</summary>
internal abstract class FontSource
{
    /// <summary>Names the source in messages (a path, or "stream").</summary>
    public abstract string Name { get; }

    /// <summary>Reads up to <paramref name="length"/> bytes at <paramref name="offset"/>, for registration.</summary>
    public abstract byte[] Read(long offset, int length);

    /// <summary>The whole font, without copying where the platform allows.</summary>
    public abstract SKData Load();

    /// <summary>A font file: headers read with positioned reads, then memory-mapped on first use.</summary>
    public sealed class File(string path) : FontSource
    {
        public override string Name => path;

        public override byte[] Read(long offset, int length)
        {
            using SafeFileHandle handle = System.IO.File.OpenHandle(path);
            var buffer = new byte[Math.Max(0, (int)Math.Min(length, RandomAccess.GetLength(handle) - offset))];
            var done = 0;
            while (done < buffer.Length)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(done), offset + done);
                if (n == 0) break;
                done += n;
            }
            return done == buffer.Length ? buffer : buffer[..done];
        }

        // Skia memory-maps the file (SkData::MakeFromFileName).
        public override SKData Load() => SKData.Create(path)
            ?? throw new IOException($"Cannot read the font file {path}.");
    }

    /// <summary>Font bytes already in native memory (from a stream or an array).</summary>
    public sealed class Memory(SKData data, string name) : FontSource
    {
        public override string Name => name;

        public override byte[] Read(long offset, int length)
        {
            var span = data.AsSpan();
            if (offset >= span.Length) return [];
            return span.Slice((int)offset, (int)Math.Min(length, span.Length - offset)).ToArray();
        }

        public override SKData Load() => data;
    }

    /// <summary>
    /// A stream opened on demand, e.g. an embedded resource. A manifest resource stream points into
    /// the mapped assembly image, so its bytes are used in place without a copy.
    /// </summary>
    public sealed class Opened(Func<Stream> open, string name) : FontSource
    {
        public override string Name => name;

        public override byte[] Read(long offset, int length)
        {
            using var stream = open();
            if (offset >= stream.Length) return [];
            stream.Position = offset;
            var buffer = new byte[(int)Math.Min(length, stream.Length - offset)];
            stream.ReadExactly(buffer);
            return buffer;
        }

        public override unsafe SKData Load()
        {
            var stream = open();
            if (stream is UnmanagedMemoryStream unmanaged)
            {
                unmanaged.Position = 0;
                var pointer = (IntPtr)unmanaged.PositionPointer;
                // The release callback keeps the stream reachable for as long as Skia holds the data.
                return SKData.Create(pointer, checked((int)unmanaged.Length), (_, _) => unmanaged.Dispose(), null);
            }
            using (stream)
                return SKData.Create(stream) ?? throw new IOException($"Cannot read the font {name}.");
        }
    }
}
