namespace Bulletin.Docs.Word;

/// <summary>How the Word writer writes a bulletin.</summary>
public sealed record WordOptions
{
    /// <summary>
    /// Embed in the .docx, as obfuscated font parts (ECMA-376 Part 1 §17.8.1), the faces the PDF
    /// sets each text role in, each subset to the characters the document draws with it, under the
    /// Word font name the theme gives the role (仿宋_GB2312, 楷体 …), so the Word file shows the
    /// PDF's faces on a machine that lacks them. Off by default: the file then names its fonts only.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Needs <see cref="BulletinOptions.Fonts"/>: the faces embedded are those the layout chose
    /// (<see cref="Layout.LaidOutDocument.Faces"/>), a stand-in included where the wanted face is
    /// not registered. Which face each font name gets, and which are skipped and why, is told by
    /// <see cref="DocxFontEmbedding.Plan"/>: a face whose OS/2 <c>fsType</c> forbids editable
    /// embedding or subsetting is skipped (OFL faces such as Noto CJK and LXGW WenKai allow both).
    /// </para>
    /// <para>
    /// Only East Asian font names get a face: Latin text is set by Word in the role's Latin font
    /// (Times New Roman, Arial …), which is not embedded. Every face embedded has TrueType outlines,
    /// since <see cref="Fonts.FontRegistry"/> accepts no other; Word embeds through the Windows
    /// font-embedding service, which handles TrueType outlines only, so CFF-flavoured OpenType
    /// (the Noto Serif CJK .otf/.ttc files) could not be relied on here in any case.
    /// </para>
    /// <para>
    /// The document then carries <c>w:embedTrueTypeFonts</c> and <c>w:saveSubsetFonts</c>
    /// (§17.15.1.43, §17.15.1.74). The subsets hold the characters the layout drew; text a reader
    /// adds in Word that the subset lacks falls back to another face. Word shows one embedded face
    /// per font name (MS-OI29500 §2.1.260), so a name whose roles use faces of different families
    /// embeds the first only.
    /// </para>
    /// <para>
    /// Each face keeps its own names. LibreOffice binds an embedded face to the font-table name
    /// (checked with LibreOffice 7.4, a stand-in included); Word was not available to check, and
    /// may find an embedded face only under its own family name, so in Word a stand-in stored
    /// under another name (Noto Serif SC under 仿宋_GB2312) may go unused.
    /// </para>
    /// <para>
    /// With this option the writers of <c>BulletinDocx</c> throw <see cref="ArgumentException"/>
    /// when <see cref="BulletinOptions.Fonts"/> is <c>null</c>, and pass on the layout's
    /// <see cref="Model.BulletinException"/> for a document the layout refuses (without it, such a
    /// document is still written, without the layout's hints). Nothing is written in either case.
    /// </para>
    /// </remarks>
    public bool EmbedFonts { get; init; }
}
