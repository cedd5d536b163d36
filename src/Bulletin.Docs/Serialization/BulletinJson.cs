using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of the model: camelCase property names, enums as
/// their names, <c>null</c> members left out, and a <c>type</c> discriminator on every item, block
/// and inline. Works trimmed, in NativeAOT and in file-based apps (no reflection).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true,
    IndentSize = 2,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(OffsetDateTimeConverter)])]
[JsonSerializable(typeof(BulletinDocument))]
public sealed partial class BulletinJsonContext : JsonSerializerContext;

/// <summary>
/// Reads and writes a <see cref="BulletinDocument"/> as JSON. Images are held inline: an
/// <see cref="ImageData"/> is <c>{ "bytes": "&lt;base64&gt;", "format": "jpeg", "dpi": 96 }</c>.
/// JSON → model → JSON gives the same text back for any JSON this class wrote.
/// </summary>
public static partial class BulletinJson
{
    // Chinese text is written as itself, not as \uXXXX escapes: the files are read by editors, not
    // embedded in HTML, so the relaxed encoder (which still escapes quotes and controls) is right.
    private static readonly BulletinJsonContext Context = new(new JsonSerializerOptions(BulletinJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The document as indented UTF-8 JSON text (2 spaces, LF line ends, no BOM).</summary>
    public static string Serialize(BulletinDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, Context.BulletinDocument);
    }

    /// <summary>Writes the document as indented UTF-8 JSON to <paramref name="output"/>, which stays open.</summary>
    public static void Serialize(BulletinDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        JsonSerializer.Serialize(output, document, Context.BulletinDocument);
    }

    /// <summary>Reads a document from JSON text. Comments and trailing commas are allowed; unknown members are not.</summary>
    /// <exception cref="JsonException">The text is not JSON, or not a bulletin: an unknown member or <c>type</c>,
    /// a missing <c>type</c> or other required member, a member given twice, a value of the wrong kind, a time
    /// without its UTC offset. <see cref="JsonException.LineNumber"/> and
    /// <see cref="JsonException.BytePositionInLine"/> (both from 0) and <see cref="JsonException.Path"/> say where.</exception>
    public static BulletinDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a document from UTF-8 JSON in <paramref name="input"/>.</summary>
    /// <exception cref="JsonException">As <see cref="Deserialize(string)"/>.</exception>
    public static BulletinDocument Deserialize(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static BulletinDocument Deserialize(ReadOnlySpan<byte> utf8)
    {
        BulletinDocument? read;
        try
        {
            read = JsonSerializer.Deserialize(utf8, Context.BulletinDocument);
        }
        catch (NotSupportedException exception) when (MissingType(exception) is { } problem)
        {
            throw problem;
        }

        var document = read ?? throw new JsonException("The JSON is null; a bulletin object was expected.", "$", 0, 0);
        using var json = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return JsonDefaults.Restore(document, json.RootElement);
    }

    /// <summary>
    /// An item, block or inline without its <c>type</c> as the <see cref="JsonException"/> the
    /// documentation promises: System.Text.Json throws <see cref="NotSupportedException"/> there, with
    /// the place only in its message. <c>null</c> for any other <see cref="NotSupportedException"/>.
    /// </summary>
    private static JsonException? MissingType(NotSupportedException exception)
    {
        var kinds = (Type[])[typeof(BulletinItem), typeof(Block), typeof(Inline)];
        var kind = kinds.FirstOrDefault(type => exception.Message.Contains($"'{type.FullName}'", StringComparison.Ordinal));
        if (kind is null)
        {
            return null;
        }

        var names = Context.GetTypeInfo(kind)?.PolymorphismOptions?.DerivedTypes.Select(derived => $"\"{derived.TypeDiscriminator}\"") ?? [];
        var place = Place().Match(exception.Message);
        var what = kind == typeof(BulletinItem) ? "an item" : kind == typeof(Block) ? "a block" : "an inline";
        var message = $"{what} names its kind in a \"type\" member: one of {string.Join(", ", names)}";
        return place.Success
            ? new JsonException(message, place.Groups["path"].Value,
                long.Parse(place.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(place.Groups["byte"].Value, System.Globalization.CultureInfo.InvariantCulture), exception)
            : new JsonException(message, exception);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Path: (?<path>\S+) \| LineNumber: (?<line>\d+) \| BytePositionInLine: (?<byte>\d+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Place();

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the documents <see cref="Deserialize(string)"/> accepts,
    /// exported from the same metadata by <see cref="JsonSchemaExporter"/>.
    /// </summary>
    public static JsonNode Schema()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, node) =>
            {
                // Name the root so editors that read "$schema"/"title" show what the file is.
                if (context.Path.IsEmpty && node is JsonObject root)
                {
                    root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
                    root.Insert(1, "title", "Bulletin.Docs bulletin");
                }

                // A time is read by OffsetDateTimeConverter, which the exporter cannot see into.
                if (context.TypeInfo.Type == typeof(DateTimeOffset) || context.TypeInfo.Type == typeof(DateTimeOffset?))
                {
                    var nullable = context.TypeInfo.Type == typeof(DateTimeOffset?);
                    return new JsonObject
                    {
                        ["type"] = nullable ? new JsonArray("string", "null") : "string",
                        ["format"] = "date-time",
                    };
                }

                // Image bytes are base64 text (JSON Schema 2020-12, 8.3 contentEncoding).
                if (context.TypeInfo.Type == typeof(ReadOnlyMemory<byte>) && node is JsonObject bytes)
                {
                    bytes["contentEncoding"] = "base64";
                }

                return node;
            },
        };
        return Context.BulletinDocument.GetJsonSchemaAsNode(exporter);
    }

    /// <summary>The schema of <see cref="Schema"/> as indented JSON text.</summary>
    public static string SchemaText() =>
        Schema().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
