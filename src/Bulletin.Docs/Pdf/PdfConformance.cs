namespace Bulletin.Docs.Pdf;

/// <summary>The PDF/A part and level a file declares (ISO 19005-2).</summary>
public enum PdfConformance
{
    /// <summary>Plain PDF 1.7 (ISO 32000-1), tagged.</summary>
    None,

    /// <summary>PDF/A-2b: visual appearance preserved (ISO 19005-2, level B).</summary>
    PdfA2b,

    /// <summary>PDF/A-2u: level B, and every glyph maps to Unicode (level U).</summary>
    PdfA2u,

    /// <summary>PDF/A-2a: level U, and the file is tagged with a logical structure and a language (level A).</summary>
    PdfA2a,
}
