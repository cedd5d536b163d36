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
    public void A_type_written_after_the_other_members_is_read()
    {
        // Writers that sort keys (jq -S, Python's sort_keys) put "type" after "body" and "headline".
        var document = BulletinJson.Deserialize("""
            {"items": [{"body": [{"inlines": [{"type": "text", "value": "正文。"}], "type": "paragraph"}], "headline": {"lines": ["标题"]}, "type": "article"}]}
            """);

        var article = (Article)document.Items.Single();
        Assert.That(((Paragraph)article.Body.Single()).Inlines.Single(), Is.EqualTo(new Text("正文。")));
    }

    [Test]
    public void An_item_without_a_type_fails_as_json_with_the_place()
    {
        var missing = Assert.Throws<JsonException>(() => BulletinJson.Deserialize("""
            {"items": [
              {"headline": {"lines": ["x"]}, "body": []}
            ]}
            """));

        Assert.Multiple(() =>
        {
            Assert.That(missing!.Message, Does.Contain("\"type\"").And.Contain("article"));
            Assert.That(missing.Path, Is.EqualTo("$.items[0]"));
            Assert.That(missing.LineNumber, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_member_given_twice_fails_with_the_place()
    {
        // Otherwise one of the two lists of items would be dropped without a word.
        var twice = Assert.Throws<JsonException>(() => BulletinJson.Deserialize("""
            {"items": [{"type": "article", "headline": {"lines": ["x"]}, "body": []}],
             "items": []}
            """));

        Assert.That(twice!.Message, Does.Contain("items"));
    }

    [TestCase("2025-01-05T10:00:00")]
    [TestCase("2025-01-05")]
    [TestCase("2025-01-05T10:00")]
    public void A_time_without_its_offset_is_refused_rather_than_read_in_the_machine_s_time_zone(string created)
    {
        var refused = Assert.Throws<JsonException>(() => BulletinJson.Deserialize(
            $$$"""{"items": [], "metadata": {"created": "{{{created}}}"}}"""));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain(created).And.Contain("offset"));
            Assert.That(refused.Path, Is.EqualTo("$.metadata.created"));
        });
    }

    [TestCase("2025-01-05T10:00:00+08:00", 8)]
    [TestCase("2025-01-05T02:00:00Z", 0)]
    [TestCase("2025-01-05T02:00:00.5-03:30", -3.5)]
    public void A_time_with_its_offset_is_read_with_that_offset(string modified, double hours)
    {
        var document = BulletinJson.Deserialize($$$"""{"items": [], "metadata": {"modified": "{{{modified}}}"}}""");

        Assert.That(document.Metadata.Modified!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(hours)));
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

    [Test]
    public void The_schema_describes_times_as_date_time_strings()
    {
        var metadata = BulletinJson.Schema()["properties"]!["metadata"]!;
        var created = metadata["properties"]?["created"] ?? metadata["anyOf"]?.AsArray().Select(a => a?["properties"]?["created"]).First(c => c is not null);

        Assert.That(created!.ToJsonString(), Is.EqualTo("""{"type":["string","null"],"format":"date-time"}"""));
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
