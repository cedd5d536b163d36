using System.Text.Json;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Support;

/// <summary>
/// A PDF's objects as qpdf reads them (<c>qpdf --json=2</c>): an independent parser to check the
/// catalog, the trailer and any object of our files against.
/// </summary>
internal sealed class QpdfObjects : IDisposable
{
    private readonly JsonDocument json;
    private readonly JsonElement objects;

    private QpdfObjects(JsonDocument json)
    {
        this.json = json;
        objects = json.RootElement.GetProperty("qpdf")[1];
    }

    /// <summary>Reads <paramref name="pdf"/> with qpdf; stream data is included as base64 when <paramref name="withStreams"/>.</summary>
    public static QpdfObjects Read(string pdf, bool withStreams = false)
    {
        var run = ExternalTool.Run("qpdf", ["--json=2", "--json-key=qpdf", withStreams ? "--json-stream-data=inline" : "--json-stream-data=none", "--decode-level=generalized", pdf]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return new QpdfObjects(JsonDocument.Parse(run.StandardOutput));
    }

    /// <summary>The trailer dictionary.</summary>
    public JsonElement Trailer => objects.GetProperty("trailer").GetProperty("value");

    /// <summary>The document catalog.</summary>
    public JsonElement Catalog => Resolve(Trailer.GetProperty("/Root"));

    /// <summary>Every object's value (a stream's dictionary for a stream).</summary>
    public IEnumerable<JsonElement> All()
    {
        foreach (var property in objects.EnumerateObject())
        {
            if (property.Name.StartsWith("obj:", StringComparison.Ordinal))
            {
                yield return Body(property.Value);
            }
        }
    }

    /// <summary>A stream object's data (with --json-stream-data=inline), decoded.</summary>
    public byte[] StreamData(JsonElement reference)
    {
        var entry = objects.GetProperty("obj:" + reference.GetString());
        return Convert.FromBase64String(entry.GetProperty("stream").GetProperty("data").GetString()!);
    }

    /// <summary>The object a reference ("12 0 R") names, or the value itself when it is not a reference.</summary>
    public JsonElement Resolve(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString()!.EndsWith(" R", StringComparison.Ordinal)
            ? Body(objects.GetProperty("obj:" + value.GetString()))
            : value;

    public void Dispose() => json.Dispose();

    private static JsonElement Body(JsonElement entry) =>
        entry.TryGetProperty("value", out var value) ? value : entry.GetProperty("stream").GetProperty("dict");
}
