using System.Runtime.InteropServices;

namespace Bulletin.Docs.Fonts.Native;

/// <summary>
/// HarfBuzz C functions that HarfBuzzSharp 14.4.0 has no managed wrapper for (hb-set, hb-subset),
/// called in the native library HarfBuzzSharp itself ships (PDF-ENGINE-NOTES: hb-subset).
/// </summary>
internal static partial class HarfBuzzNative
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>hb_subset_flags_t: drop hinting instructions (irrelevant in PDF).</summary>
    public const uint SubsetFlagsNoHinting = 0x1;

    /// <summary>hb_subset_flags_t: keep glyph ids, so runs shaped with the full font draw with the subset.</summary>
    public const uint SubsetFlagsRetainGids = 0x2;

    /// <summary>hb_subset_sets_t: HB_SUBSET_SETS_DROP_TABLE_TAG.</summary>
    public const int SubsetSetsDropTableTag = 3;

    [LibraryImport(Library)]
    public static partial IntPtr hb_set_create();

    [LibraryImport(Library)]
    public static partial void hb_set_destroy(IntPtr set);

    [LibraryImport(Library)]
    public static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    public static partial int hb_set_next_range(IntPtr set, ref uint first, ref uint last);

    [LibraryImport(Library)]
    public static partial void hb_face_collect_unicodes(IntPtr face, IntPtr set);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    public static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    public static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_or_fail(IntPtr sourceFace, IntPtr input);

    [LibraryImport(Library)]
    public static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    public static partial void hb_font_make_immutable(IntPtr font);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    public static partial void hb_blob_destroy(IntPtr blob);
}
