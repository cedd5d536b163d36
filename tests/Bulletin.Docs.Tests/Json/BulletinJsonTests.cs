using System.Text.Json;
using System.Text.Json.Nodes;
using Bulletin.Docs.Model;
using Bulletin.Docs.Serialization;
using Bulletin.Docs.Tests.Support;
using Json.Schema;
using NUnit.Framework;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Json;

/// <summary>The model through System.Text.Json's source-generated context, and the schema it exports.</summary>
public sealed class BulletinJsonTests
{
    private static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData(EveryElementBulletin.Create()).SetArgDisplayNames("every-element");
        foreach (var sample in SampleCatalog.All)
        {
            yield return new TestCaseData(sample.Document).SetArgDisplayNames(sample.Name);
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void Json_to_model_to_json_is_lossless(BulletinDocument document)
    {
        var json = BulletinJson.Serialize(document);
        var again = BulletinJson.Serialize(BulletinJson.Deserialize(json));

        Assert.That(again, Is.EqualTo(json));
    }

    [TestCaseSource(nameof(Documents))]
    public void A_document_read_back_writes_the_same_docx(BulletinDocument document)
    {
        var options = new BulletinOptions { Theme = Bulletin.Docs.Theme.BulletinThemes.WorkBulletin };
        var read = BulletinJson.Deserialize(BulletinJson.Serialize(document));

        Assert.That(Docx(read, options), Is.EqualTo(Docx(document, options)));
    }

    [Test]
    public void Items_blocks_and_inlines_carry_a_type_discriminator()
    {
        var json = JsonNode.Parse(BulletinJson.Serialize(EveryElementBulletin.Create()))!;
        var section = json["items"]![0]!;
        var lead = section["items"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)section["type"], Is.EqualTo("section"));
            Assert.That((string?)lead["type"], Is.EqualTo("article"));
            Assert.That((string?)section["items"]![1]!["type"], Is.EqualTo("pictureNews"));
            Assert.That(lead["body"]!.AsArray().Select(b => (string?)b!["type"]), Is.EqualTo(new[]
            {
                "note", "paragraph", "subheading", "paragraph", "quote", "list", "list", "table", "figure", "divider", "paragraph",
            }));
            Assert.That(lead["body"]![1]!["inlines"]!.AsArray().Select(i => (string?)i!["type"]).Distinct(), Is.EqualTo(new[]
            {
                "text", "strong", "emphasis", "lineBreak", "link",
            }));
            Assert.That((string?)lead["body"]![8]!["image"]!["format"], Is.EqualTo("png"));
            Assert.That(lead["headline"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "lines" }), "the computed Text is not written");
        });
    }

    [Test]
    public void Members_left_out_of_the_json_take_the_model_s_defaults()
    {
        var document = BulletinJson.Deserialize("""
            {"items": [
              {"type": "section", "banner": "发布会", "items": [
                {"type": "article", "headline": {"lines": ["x"]}, "body": [
                  {"type": "note", "inlines": []},
                  {"type": "table", "rows": [["a"]]},
                  {"type": "figure", "image": {"bytes": "", "format": "png"}, "altText": "a"}
                ]},
                {"type": "pictureNews", "figure": {"image": {"bytes": "", "format": "jpeg"}, "altText": "b"}}
              ]}
            ],
            "metadata": {"title": "t"}}
            """);
        var bare = BulletinJson.Deserialize("""{"items": []}""");

        var section = (Section)document.Items[0];
        var body = ((Article)section.Items[0]).Body;
        Assert.Multiple(() =>
        {
            Assert.That(((Note)body[0]).Label, Is.EqualTo(new Note([]).Label));
            Assert.That(((Table)body[1]).HasHeaderRow, Is.True);
            Assert.That(((Figure)body[2]).Image.Dpi, Is.EqualTo(96));
            Assert.That(((PictureNews)section.Items[1]).Figure.Image.Dpi, Is.EqualTo(96));
            Assert.That(document.Metadata, Is.EqualTo(new DocumentMetadata { Title = "t" }).Using<DocumentMetadata>((a, b) => a.Title == b.Title && a.Language == b.Language && a.Keywords.SequenceEqual(b.Keywords)));
            Assert.That(bare.Metadata.Language, Is.EqualTo("zh-CN"));
            Assert.That(bare.Metadata.Keywords, Is.Empty);
        });
    }

    [Test]
    public void Table_column_widths_are_read_and_written_as_an_array_of_shares()
    {
        var document = BulletinJson.Deserialize("""
            {"items": [{"type": "article", "headline": {"lines": ["x"]}, "body": [
              {"type": "table", "rows": [["序号", "名称"]], "columnWidths": [1, 4.5]},
              {"type": "table", "rows": [["序号", "名称"]]}
            ]}]}
            """);

        var body = ((Article)document.Items[0]).Body;
        Assert.Multiple(() =>
        {
            Assert.That(((Table)body[0]).ColumnWidths, Is.EqualTo(new[] { 1, 4.5 }));
            Assert.That(((Table)body[1]).ColumnWidths, Is.Null, "absent: from the content");
            Assert.That(((Table)((Article)BulletinJson.Deserialize(BulletinJson.Serialize(document)).Items[0]).Body[0]).ColumnWidths, Is.EqualTo(new[] { 1, 4.5 }), "round trip");
            Assert.That(BulletinJson.SchemaText(), Does.Contain("columnWidths"));
        });
    }

    [Test]
    public void A_placement_is_read_and_written_with_its_side_as_a_word()
    {
        var document = BulletinJson.Deserialize("""
            {"items": [{"type": "article", "headline": {"lines": ["x"]}, "body": [],
              "placement": {"columns": 2, "depthLines": 30, "side": "start"}}]}
            """);

        var placement = ((Article)document.Items[0]).Placement;
        Assert.Multiple(() =>
        {
            Assert.That(placement, Is.EqualTo(new ArticlePlacement { Columns = 2, DepthLines = 30, Side = ModuleSide.Start }));
            Assert.That(BulletinJson.Serialize(document), Does.Contain("\"side\": \"start\""));
            Assert.That(((Article)BulletinJson.Deserialize(BulletinJson.Serialize(document)).Items[0]).Placement, Is.EqualTo(placement), "round trip");
            Assert.That(BulletinJson.SchemaText(), Does.Contain("depthLines"));
        });
    }

    [Test]
    public void Members_given_explicitly_are_kept()
    {
        var document = BulletinJson.Deserialize("""
            {"items": [{"type": "article", "headline": {"lines": ["x"]}, "body": [
              {"type": "note", "label": "编后", "inlines": []},
              {"type": "table", "hasHeaderRow": false, "rows": [["a"]]}
            ]}], "metadata": {"language": "en", "keywords": ["k"]}}
            """);

        var body = ((Article)document.Items[0]).Body;
        Assert.That((((Note)body[0]).Label, ((Table)body[1]).HasHeaderRow, document.Metadata.Language, document.Metadata.Keywords.Single()), Is.EqualTo(("编后", false, "en", "k")));
    }

    [Test]
    public void Unknown_members_and_types_fail_with_the_place()
    {
        var unknownMember = Assert.Throws<JsonException>(() => BulletinJson.Deserialize("""
            {
              "items": [],
              "colour": "red"
            }
            """));
        var unknownType = Assert.Throws<JsonException>(() => BulletinJson.Deserialize("""
            {"items": [{"type": "poem", "headline": {"lines": ["x"]}, "body": []}]}
            """));
        var missing = Assert.Throws<JsonException>(() => BulletinJson.Deserialize("""{"items": [{"type": "article", "body": []}]}"""));

        Assert.Multiple(() =>
        {
            Assert.That(unknownMember!.Message, Does.Contain("colour"));
            Assert.That(unknownMember.LineNumber, Is.EqualTo(2));
            Assert.That(unknownType!.Path, Does.StartWith("$.items[0]"));
            Assert.That(missing!.Message, Does.Contain("headline"));
        });
    }

    [Test]
    public void The_sample_json_validates_against_the_exported_schema()
    {
        var schema = JsonSchema.FromText(BulletinJson.SchemaText());
        var sampleJson = File.ReadAllText(Path.Combine(SourcePaths.RepositoryRoot(), "samples", "json", "press-release.json"));

        var result = schema.Evaluate(Element(sampleJson), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.That(result.IsValid, Is.True, () => string.Join("\n", Errors(result)));
        Assert.That(BulletinJson.Deserialize(sampleJson).Items, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_schema_rejects_what_the_reader_rejects()
    {
        var schema = JsonSchema.FromText(BulletinJson.SchemaText());
        var noHeadline = Element("""{"items": [{"type": "article", "body": []}]}""");
        var unknownBlock = Element("""{"items": [{"type": "article", "headline": {"lines": ["x"]}, "body": [{"type": "poem"}]}]}""");

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate(noHeadline).IsValid, Is.False);
            Assert.That(schema.Evaluate(unknownBlock).IsValid, Is.False);
        });
    }

    [TestCaseSource(nameof(Documents))]
    public void Every_document_the_writer_makes_validates_against_the_schema(BulletinDocument document)
    {
        var schema = JsonSchema.FromText(BulletinJson.SchemaText());
        var result = schema.Evaluate(Element(BulletinJson.Serialize(document)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.That(result.IsValid, Is.True, () => string.Join("\n", Errors(result)));
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));

    private static JsonElement Element(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return parsed.RootElement.Clone();
    }

    private static byte[] Docx(BulletinDocument document, BulletinOptions options)
    {
        using var stream = new MemoryStream();
        BulletinDocx.Write(document, stream, options);
        return stream.ToArray();
    }
}
