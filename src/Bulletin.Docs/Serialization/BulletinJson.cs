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
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(BulletinDocument))]
public sealed partial class BulletinJsonContext : JsonSerializerContext;

/// <summary>
/// Reads and writes a <see cref="BulletinDocument"/> as JSON. Images are held inline: an
/// <see cref="ImageData"/> is <c>{ "bytes": "&lt;base64&gt;", "format": "jpeg", "dpi": 96 }</c>.
/// JSON → model → JSON gives the same text back for any JSON this class wrote.
/// </summary>
public static class BulletinJson
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
    /// a missing required member, a value of the wrong kind. <see cref="JsonException.LineNumber"/> and
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
        var document = JsonSerializer.Deserialize(utf8, Context.BulletinDocument)
            ?? throw new JsonException("The JSON is null; a bulletin object was expected.", "$", 0, 0);
        using var json = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return JsonDefaults.Restore(document, json.RootElement);
    }

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

                return node;
            },
        };
        return Context.BulletinDocument.GetJsonSchemaAsNode(exporter);
    }

    /// <summary>The schema of <see cref="Schema"/> as indented JSON text.</summary>
    public static string SchemaText() =>
        Schema().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
