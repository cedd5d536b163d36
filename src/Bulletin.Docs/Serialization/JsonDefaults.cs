using System.Text.Json;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Serialization;

/// <summary>
/// Puts back the model's default values for members a JSON document leaves out. The source
/// generator builds records with <c>init</c> members through an object initializer that assigns
/// every member, so an absent <c>label</c> would become <c>null</c> rather than 编者按; this walks
/// the model beside the JSON and restores each default whose member is absent: <see cref="BulletinDocument.Metadata"/>,
/// <see cref="DocumentMetadata.Language"/> and <see cref="DocumentMetadata.Keywords"/>, <see cref="Note.Label"/>,
/// <see cref="Table.HasHeaderRow"/> and <see cref="ImageData.Dpi"/>.
/// </summary>
internal static class JsonDefaults
{
    private static readonly DocumentMetadata DefaultMetadata = new();
    private static readonly Note DefaultNote = new([]);
    private static readonly Table DefaultTable = new([]);
    private static readonly ImageData DefaultImage = new(ReadOnlyMemory<byte>.Empty, ImageFormat.Png);

    public static BulletinDocument Restore(BulletinDocument document, JsonElement json) => document with
    {
        Metadata = Has(json, "metadata", out var metadata) ? Restore(document.Metadata, metadata) : new DocumentMetadata(),
        Items = Items(document.Items, json, "items"),
    };

    private static DocumentMetadata Restore(DocumentMetadata metadata, JsonElement json) => metadata with
    {
        Language = Has(json, "language", out _) ? metadata.Language : DefaultMetadata.Language,
        Keywords = Has(json, "keywords", out _) ? metadata.Keywords : DefaultMetadata.Keywords,
    };

    private static IReadOnlyList<BulletinItem> Items(IReadOnlyList<BulletinItem> items, JsonElement parent, string member)
    {
        if (items is null || !Has(parent, member, out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != items.Count)
        {
            return items!;
        }

        var restored = new BulletinItem[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var json = array[i];
            restored[i] = items[i] switch
            {
                Article article => article with { Body = Blocks(article.Body, json) },
                Section section => section with { Items = Items(section.Items, json, "items") },
                PictureNews picture when picture.Figure is not null && Has(json, "figure", out var figure) => picture with { Figure = Restore(picture.Figure, figure) },
                var other => other,
            };
        }

        return restored;
    }

    private static IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks, JsonElement article)
    {
        if (blocks is null || !Has(article, "body", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != blocks.Count)
        {
            return blocks!;
        }

        var restored = new Block[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var json = array[i];
            restored[i] = blocks[i] switch
            {
                Note note when !Has(json, "label", out _) => note with { Label = DefaultNote.Label },
                Table table when !Has(json, "hasHeaderRow", out _) => table with { HasHeaderRow = DefaultTable.HasHeaderRow },
                Figure figure => Restore(figure, json),
                var other => other,
            };
        }

        return restored;
    }

    private static Figure Restore(Figure figure, JsonElement json) =>
        figure.Image is not null && Has(json, "image", out var image) && !Has(image, "dpi", out _)
            ? figure with { Image = figure.Image with { Dpi = DefaultImage.Dpi } }
            : figure;

    private static bool Has(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value);
    }
}
