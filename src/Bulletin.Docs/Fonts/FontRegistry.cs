using System.Collections.Frozen;
using SkiaSharp;

namespace Bulletin.Docs.Fonts;

/// <summary>
/// The fonts PDF and PNG output may use. Register fonts first, then render from any number of
/// threads: lookups read an immutable snapshot without locking, and each face is loaded once, on
/// first use, and shared by every document.
/// </summary>
/// <remarks>
/// Only TrueType-outline fonts are accepted (.ttf, .ttc, and .otf with a 'glyf' table): the PDF
/// writer embeds each face as a CIDFontType2 over its hb-subset TrueType program (ISO 32000-1,
/// 9.7.4); CFF outlines would need CIDFontType0 with FontFile3, which it does not write.
/// </remarks>
public sealed class FontRegistry
{
    private static readonly string[] FontExtensions = [".ttf", ".otf", ".ttc"];

    private readonly Lock gate = new();
    private Snapshot snapshot = Snapshot.Empty;
    private IReadOnlyList<string> fallbackFamilies;

    /// <summary>Creates an empty registry with no fallback families.</summary>
    public FontRegistry()
        : this([])
    {
    }

    /// <summary>Creates an empty registry whose per-character fallback tries <paramref name="fallbackFamilies"/> in order.</summary>
    public FontRegistry(IEnumerable<string> fallbackFamilies)
    {
        ArgumentNullException.ThrowIfNull(fallbackFamilies);
        this.fallbackFamilies = [.. fallbackFamilies];
    }

    /// <summary>
    /// Families tried in order for a character the requested font does not cover, before every
    /// other registered family.
    /// </summary>
    public IReadOnlyList<string> FallbackFamilies => Volatile.Read(ref fallbackFamilies);

    /// <summary>The preferred family name of every registered family, in registration order.</summary>
    public IReadOnlyList<string> Families => Volatile.Read(ref snapshot).FamilyOrder;

    /// <summary>Replaces the fallback families.</summary>
    public void SetFallbackFamilies(IEnumerable<string> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        string[] copy = [.. families];
        lock (gate)
        {
            Volatile.Write(ref fallbackFamilies, copy);
        }
    }

    /// <summary>Appends <paramref name="family"/> to the fallback families unless it is already there.</summary>
    public void AddFallbackFamily(string family)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(family);
        lock (gate)
        {
            if (!fallbackFamilies.Contains(family, StringComparer.OrdinalIgnoreCase))
                Volatile.Write(ref fallbackFamilies, [.. fallbackFamilies, family]);
        }
    }

    /// <summary>Registers every face of a .ttf, .otf or .ttc file. The file is read in full only when a face is used.</summary>
    /// <exception cref="UnsupportedFontException">The font has CFF outlines, or is not a font.</exception>
    public IReadOnlyList<RegisteredFace> Register(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Add(new FontSource.File(Path.GetFullPath(path)));
    }

    /// <summary>Registers every face of a font read from <paramref name="stream"/> (read now, to its end).</summary>
    /// <exception cref="UnsupportedFontException">The font has CFF outlines, or is not a font.</exception>
    public IReadOnlyList<RegisteredFace> Register(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var data = SKData.Create(stream) ?? throw new UnsupportedFontException("The stream holds no font data.");
        return Add(new FontSource.Memory(data, "stream"));
    }

    /// <summary>Registers every face of a font given as bytes (copied).</summary>
    /// <exception cref="UnsupportedFontException">The font has CFF outlines, or is not a font.</exception>
    public IReadOnlyList<RegisteredFace> Register(byte[] fontData)
    {
        ArgumentNullException.ThrowIfNull(fontData);
        return Add(new FontSource.Memory(SKData.CreateCopy(fontData), "byte array"));
    }

    /// <summary>
    /// Registers every face of a font whose stream <paramref name="openFont"/> opens on demand: once
    /// now to read its names, and once more when a face is first used. A seekable stream is required
    /// for the lazy load; others are read into memory now. Manifest resource streams are used in place.
    /// </summary>
    /// <param name="openFont">Opens a new stream over the font each time it is called.</param>
    /// <param name="name">Names the font in error messages.</param>
    /// <exception cref="UnsupportedFontException">The font has CFF outlines, or is not a font.</exception>
    public IReadOnlyList<RegisteredFace> Register(Func<Stream> openFont, string name)
    {
        ArgumentNullException.ThrowIfNull(openFont);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        using (var probe = openFont())
        {
            if (!probe.CanSeek)
            {
                var data = SKData.Create(probe) ?? throw new UnsupportedFontException($"{name} holds no font data.");
                return Add(new FontSource.Memory(data, name));
            }
        }
        return Add(new FontSource.Opened(openFont, name));
    }

    /// <summary>
    /// Registers every .ttf, .otf and .ttc file in a directory, in ordinal file-name order. Files that
    /// cannot be registered (CFF outlines, damaged) are skipped and listed in the report.
    /// </summary>
    public FontDirectoryReport RegisterDirectory(string path, bool recursive = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var files = Directory.GetFiles(path, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => FontExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var registered = new List<RegisteredFace>();
        var skipped = new List<SkippedFontFile>();
        foreach (var file in files)
        {
            try
            {
                registered.AddRange(Register(file));
            }
            catch (Exception e) when (e is UnsupportedFontException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                skipped.Add(new SkippedFontFile(file, e.Message));
            }
        }
        return new FontDirectoryReport(registered, skipped);
    }

    /// <summary>
    /// Registers, from the font files under <paramref name="folders"/> (recursively, in ordinal path
    /// order), every file that has a face whose family names (any language, case-insensitive)
    /// include one of <paramref name="families"/>. Only each file's table directory and 'name'
    /// table are read during the scan. Files that cannot be read, CFF-outline fonts and damaged
    /// files among the matches are listed as skipped; unreadable folders are ignored.
    /// </summary>
    /// <param name="families">Family names to look for, e.g. <see cref="WordFontNames.AllKnownNames"/>.</param>
    /// <param name="folders">Folders to search; <c>null</c> for <see cref="SystemFontFolders.Current"/>.</param>
    /// <returns>The faces registered, and the matching files skipped with the reason.</returns>
    public FontDirectoryReport RegisterFamiliesFrom(IEnumerable<string> families, IEnumerable<string>? folders = null)
    {
        ArgumentNullException.ThrowIfNull(families);
        var wanted = new HashSet<string>(families, StringComparer.OrdinalIgnoreCase);
        var registered = new List<RegisteredFace>();
        var skipped = new List<SkippedFontFile>();
        foreach (var file in FontFilesUnder(folders ?? SystemFontFolders.Current()))
        {
            var source = new FontSource.File(file);
            IReadOnlyList<FontFileInfo> infos;
            try
            {
                infos = FontFileInfo.ReadAll(source.Read, file);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                continue; // Not a font we could use whatever its name; nothing was asked of it.
            }
            if (!infos.Any(i => i.AllFamilyNames.Append(i.Family).Any(wanted.Contains)))
                continue;
            try
            {
                registered.AddRange(Add(source));
            }
            catch (UnsupportedFontException e)
            {
                skipped.Add(new SkippedFontFile(file, e.Message));
            }
        }
        return new FontDirectoryReport(registered, skipped);
    }

    /// <summary>
    /// The first of <paramref name="families"/> that is registered (as the caller spelled it), or
    /// <c>null</c> when none is.
    /// </summary>
    internal string? FirstRegistered(IEnumerable<string> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        var byName = Volatile.Read(ref snapshot).ByName;
        foreach (var family in families)
            if (byName.ContainsKey(family)) return family;
        return null;
    }

    private static IEnumerable<string> FontFilesUnder(IEnumerable<string> folders)
    {
        // No attributes skipped: Windows may mark font files System.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var files = new List<string>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) continue;
            files.AddRange(Directory.EnumerateFiles(folder, "*", options)
                .Where(f => FontExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)));
        }
        return files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    /// <summary>Whether a family of that name (any of its localized names, case-insensitive) is registered.</summary>
    public bool HasFamily(string family) => Volatile.Read(ref snapshot).ByName.ContainsKey(family);

    /// <summary>
    /// The face of <paramref name="family"/> closest to the requested weight and style (CSS Fonts 4
    /// §5.2: italic, then weight), loading it on first use.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No font of that family is registered.</exception>
    internal ResolvedFont Resolve(string family, int weight, bool italic) =>
        TryResolve(family, weight, italic, out var resolved)
            ? resolved
            : throw new KeyNotFoundException($"The font family '{family}' is not registered. Registered families: {string.Join(", ", Families)}.");

    /// <summary>Like <see cref="Resolve"/>, returning false when the family is not registered.</summary>
    internal bool TryResolve(string family, int weight, bool italic, out ResolvedFont resolved)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (!Volatile.Read(ref snapshot).ByName.TryGetValue(family, out var entries))
        {
            resolved = default;
            return false;
        }
        var entry = FontMatcher.Closest(entries, weight, italic);
        var face = entry.Face;
        resolved = new ResolvedFont(face, weight >= 600 && face.Weight < 600);
        return true;
    }

    /// <summary>
    /// The face to draw <paramref name="codePoint"/> with: <paramref name="preferred"/> if it covers
    /// it, else the first of <see cref="FallbackFamilies"/> that does (at the preferred face's weight
    /// and style), else any other registered face that does (loading it), else <c>null</c>.
    /// </summary>
    internal FontFace? FindFaceFor(int codePoint, FontFace preferred)
    {
        ArgumentNullException.ThrowIfNull(preferred);
        return FindFaceFor(codePoint, preferred, preferred.Weight, preferred.Italic);
    }

    /// <summary>Like <see cref="FindFaceFor(int, FontFace)"/>, matching fallback families to the weight and style asked (not the preferred face's).</summary>
    internal FontFace? FindFaceFor(int codePoint, FontFace preferred, int weight, bool italic)
    {
        if (preferred.Covers(codePoint))
            return preferred;
        var current = Volatile.Read(ref snapshot);
        foreach (var family in FallbackFamilies)
        {
            if (!current.ByName.TryGetValue(family, out var entries)) continue;
            var face = FontMatcher.Closest(entries, weight, italic).Face;
            if (face.Covers(codePoint)) return face;
        }
        foreach (var entry in current.Entries)
        {
            if (entry.Face.Covers(codePoint)) return entry.Face;
        }
        return null;
    }

    /// <summary>Whether any registered face covers <paramref name="codePoint"/> (loads faces until one does).</summary>
    internal bool IsCovered(int codePoint)
    {
        if (UnicodeFacts.NeedsNoGlyph(codePoint)) return true;
        foreach (var entry in Volatile.Read(ref snapshot).Entries)
            if (entry.Face.Covers(codePoint)) return true;
        return false;
    }

    /// <summary>
    /// Every character of <paramref name="text"/> that no registered font covers, with its offset,
    /// so a writer can refuse the document before drawing. Controls and default-ignorable characters
    /// (ZWSP, variation selectors…) need no glyph and are never reported.
    /// </summary>
    /// <param name="path">Model path of the text, e.g. <c>Items[2].Body[0].Inlines[1]</c>.</param>
    /// <param name="text">The text.</param>
    public IReadOnlyList<MissingCharacter> FindMissing(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        List<MissingCharacter>? missing = null;
        var entries = Volatile.Read(ref snapshot).Entries;
        for (var i = 0; i < text.Length;)
        {
            var cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (!UnicodeFacts.NeedsNoGlyph(cp) && !AnyCovers(entries, cp))
                (missing ??= []).Add(new MissingCharacter(path, i, cp));
            i += cp > 0xFFFF ? 2 : 1;
        }
        return missing ?? (IReadOnlyList<MissingCharacter>)[];
    }

    /// <summary>Every character no registered font covers in several texts, each with its model path.</summary>
    public IReadOnlyList<MissingCharacter> FindMissing(IEnumerable<(string Path, string Text)> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = new List<MissingCharacter>();
        foreach (var (path, text) in texts)
            missing.AddRange(FindMissing(path, text));
        return missing;
    }

    private static bool AnyCovers(FontEntry[] entries, int cp)
    {
        foreach (var entry in entries)
            if (entry.Face.Covers(cp)) return true;
        return false;
    }

    private IReadOnlyList<RegisteredFace> Add(FontSource source)
    {
        IReadOnlyList<FontFileInfo> infos;
        try
        {
            infos = FontFileInfo.ReadAll(source.Read, source.Name);
        }
        catch (InvalidDataException e)
        {
            throw new UnsupportedFontException(e.Message, e);
        }
        catch (ArgumentException e)
        {
            // A table offset or length that points past the end of a cut-short file.
            throw new UnsupportedFontException($"{source.Name}: the font's tables are cut short or damaged.", e);
        }
        foreach (var info in infos)
        {
            if (info.HasCffOutlines && !info.HasTrueTypeOutlines)
                throw new UnsupportedFontException(
                    $"{source.Name} ({info.Family}) has CFF (PostScript) outlines, which the PDF writer does not embed. " +
                    "Use a TrueType-outline version of the font (.ttf).");
            if (!info.HasTrueTypeOutlines)
                throw new UnsupportedFontException($"{source.Name} ({info.Family}) has no TrueType outlines ('glyf' table).");
        }

        var added = new List<RegisteredFace>(infos.Count);
        lock (gate)
        {
            var entries = new List<FontEntry>(snapshot.Entries);
            foreach (var info in infos)
            {
                entries.Add(new FontEntry(info, source));
                added.Add(new RegisteredFace(info.Family, info.AllFamilyNames, info.Weight, info.Italic, info.FaceIndex));
            }
            Volatile.Write(ref snapshot, Snapshot.Build(entries));
        }
        return added;
    }

    /// <summary>An immutable view of the registrations, swapped whole on every registration.</summary>
    private sealed record Snapshot(FontEntry[] Entries, FrozenDictionary<string, FontEntry[]> ByName, IReadOnlyList<string> FamilyOrder)
    {
        public static Snapshot Empty { get; } = Build([]);

        public static Snapshot Build(List<FontEntry> entries)
        {
            var byName = new Dictionary<string, List<FontEntry>>(StringComparer.OrdinalIgnoreCase);
            var order = new List<string>();
            foreach (var entry in entries)
            {
                if (!order.Contains(entry.Info.Family, StringComparer.OrdinalIgnoreCase))
                    order.Add(entry.Info.Family);
                foreach (var name in entry.Info.AllFamilyNames.Append(entry.Info.Family))
                {
                    if (!byName.TryGetValue(name, out var list))
                        byName[name] = list = [];
                    if (!list.Contains(entry))
                        list.Add(entry);
                }
            }
            return new Snapshot(
                [.. entries],
                byName.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
                order);
        }
    }
}
