using System.Globalization;
using System.Text;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Pdf.Syntax;

namespace Bulletin.Docs.Pdf.Pages;

/// <summary>
/// Writes each page as it comes (ISO 32000-1, 7.7.3.3): its content stream, its link annotations
/// (12.5.6.5) and the page object with its resources, so a page's content is not held after it is
/// written. Named destinations are collected for the catalog.
/// </summary>
internal sealed class PageWriter(PdfOutput output, PageContent content, int pagesRoot)
{
    private readonly PdfBuffer body = new(1024);
    private readonly List<int> annotations = [];

    /// <summary>Every page object, in page order.</summary>
    public List<int> PageObjects { get; } = [];

    /// <summary>Every named destination: its name, page object and point (PDF user space).</summary>
    public List<(string Name, int Page, double X, double Y)> Destinations { get; } = [];

    public void Write(LaidOutPage page)
    {
        var index = PageObjects.Count;
        var pageObject = output.Allocate();
        PageObjects.Add(pageObject);
        content.Start(page, index);
        annotations.Clear();
        foreach (var element in page.Elements)
        {
            content.Add(element);
            switch (element)
            {
                case LinkElement link:
                    annotations.Add(WriteLink(link, page.HeightPt));
                    break;
                case AnchorElement anchor:
                    Destinations.Add((anchor.Name, pageObject, anchor.X, page.HeightPt - anchor.Y));
                    break;
            }
        }

        var stream = output.Allocate();
        output.WriteStream(stream, default, content.Content.Span);

        body.Clear();
        body.Raw("<</Type/Page/Parent "u8).Reference(pagesRoot)
            .Raw("/MediaBox[0 0 "u8).Number(page.WidthPt).Space().Number(page.HeightPt).Raw("]/Contents "u8).Reference(stream)
            .Raw("/Resources<<"u8);
        if (content.Fonts.Count > 0)
        {
            body.Raw("/Font<<"u8);
            foreach (var font in content.Fonts.OrderBy(f => f.Type0Object))
            {
                body.Raw(font.ResourceName).Space().Reference(font.Type0Object);
            }

            body.Raw(">>"u8);
        }

        if (content.Images.Count > 0)
        {
            body.Raw("/XObject<<"u8);
            foreach (var (image, number) in content.Images)
            {
                body.Raw("/Im"u8).Integer(number).Space().Reference(image);
            }

            body.Raw(">>"u8);
        }

        // 14.7.4.4: this page's entry in the parent tree; 14.8.1: annotations in structure order.
        body.Raw(">>/StructParents "u8).Integer(index);
        if (annotations.Count > 0)
        {
            body.Raw("/Tabs/S/Annots["u8);
            foreach (var annotation in annotations)
            {
                body.Reference(annotation).Space();
            }

            body.Raw((byte)']');
        }

        body.Raw(">>"u8);
        output.Write(pageObject, body.Span);
    }

    /// <summary>A link annotation: a URI action, or a jump to a named destination for <c>#id</c>.</summary>
    private int WriteLink(LinkElement link, double pageHeight)
    {
        var number = output.Allocate();
        body.Clear();
        // /F 4: printable, as PDF/A requires of every annotation (ISO 19005-2, 6.3.2).
        body.Raw("<</Type/Annot/Subtype/Link/F 4/Border[0 0 0]/Rect["u8)
            .Number(link.X).Space().Number(pageHeight - link.Y - link.Height).Space()
            .Number(link.X + link.Width).Space().Number(pageHeight - link.Y).Raw((byte)']');
        if (link.Target.StartsWith('#'))
        {
            body.Raw("/Dest"u8).HexString(Encoding.UTF8.GetBytes(link.Target[1..]));
        }
        else
        {
            body.Raw("/A<</S/URI/URI"u8).Literal(AsciiUri(link.Target)).Raw(">>"u8);
        }

        body.Raw(">>"u8);
        output.Write(number, body.Span);
        return number;
    }

    /// <summary>12.6.4.7: a URI is 7-bit ASCII; other characters go in as percent-encoded UTF-8 (RFC 3986, 2.1).</summary>
    private static string AsciiUri(string uri)
    {
        var builder = new StringBuilder(uri.Length);
        foreach (var b in Encoding.UTF8.GetBytes(uri))
        {
            if (b is > 0x20 and < 0x7F)
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
