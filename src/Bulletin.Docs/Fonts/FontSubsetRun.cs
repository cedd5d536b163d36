using Bulletin.Docs.Fonts.Native;

namespace Bulletin.Docs.Fonts;

/// <summary>
/// One hb-subset call over a loaded face: the caller says what to keep (glyphs or characters, the
/// tables to drop, the name records to keep, the flags), this runs HarfBuzz and returns the sfnt
/// bytes. The PDF writer's subsets and the Word writer's embedded fonts both go through here.
/// </summary>
internal static class FontSubsetRun
{
    /// <summary>hb_subset_sets_t HB_SUBSET_SETS_UNICODE: the characters kept (with the glyphs they reach).</summary>
    public const int UnicodeSet = 1;

    /// <summary>hb_subset_sets_t HB_SUBSET_SETS_NAME_ID: the 'name' records kept.</summary>
    public const int NameIdSet = 4;

    /// <summary>
    /// Runs hb-subset on <paramref name="face"/>: <paramref name="fill"/> adds what to keep to the
    /// subset input (it gets the <c>hb_subset_input_t*</c>), then <paramref name="flags"/> are set.
    /// </summary>
    /// <returns>The subset font's bytes (a TrueType sfnt when the face has TrueType outlines).</returns>
    /// <exception cref="InvalidOperationException">hb-subset failed or produced an empty font.</exception>
    public static byte[] Run(FontFace face, Action<IntPtr> fill, uint flags)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(fill);

        var input = HarfBuzzNative.hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            throw new InvalidOperationException("hb_subset_input_create_or_fail returned null (out of memory).");
        try
        {
            fill(input);
            HarfBuzzNative.hb_subset_input_set_flags(input, flags);

            var subsetFace = HarfBuzzNative.hb_subset_or_fail(face.HarfBuzzFace.Handle, input);
            if (subsetFace == IntPtr.Zero)
                throw new InvalidOperationException($"hb-subset failed for {face}.");
            try
            {
                var blob = HarfBuzzNative.hb_face_reference_blob(subsetFace);
                try
                {
                    var data = HarfBuzzNative.hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0)
                        throw new InvalidOperationException($"hb-subset produced an empty font for {face}.");
                    unsafe
                    {
                        return new ReadOnlySpan<byte>((void*)data, checked((int)length)).ToArray();
                    }
                }
                finally
                {
                    HarfBuzzNative.hb_blob_destroy(blob);
                }
            }
            finally
            {
                HarfBuzzNative.hb_face_destroy(subsetFace);
            }
        }
        finally
        {
            HarfBuzzNative.hb_subset_input_destroy(input);
        }
    }

    /// <summary>Adds every value of <paramref name="values"/> to one of the input's sets (<c>hb_subset_input_set</c>).</summary>
    public static void AddAll(IntPtr input, int setType, IEnumerable<uint> values)
    {
        var set = HarfBuzzNative.hb_subset_input_set(input, setType);
        foreach (var value in values)
            HarfBuzzNative.hb_set_add(set, value);
    }
}
