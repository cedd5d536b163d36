using Bulletin.Docs.Model;
using SkiaSharp;

namespace Bulletin.Docs.Samples;

/// <summary>
/// Pictures for the samples, drawn rather than photographed: the seed page's photo is not
/// available, so a fixed drawing stands in. Every shape comes from fixed numbers (no clock, no
/// random generator), so the same bytes come out of every run.
/// </summary>
public static class SampleImages
{
    /// <summary>Width of <see cref="WinterPark"/> in pixels.</summary>
    public const int WinterParkWidth = 1200;

    /// <summary>Height of <see cref="WinterPark"/> in pixels.</summary>
    public const int WinterParkHeight = 800;

    private const float Horizon = 520;

    /// <summary>A winter park in snow: sky, hills, a frozen pond, pines, bare trees and a pavilion; JPEG, quality 85.</summary>
    public static ImageData WinterPark()
    {
        var info = new SKImageInfo(WinterParkWidth, WinterParkHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;

        DrawSky(canvas);
        DrawHills(canvas);
        DrawGround(canvas);
        DrawPond(canvas);
        foreach (var (x, baseY, height) in Pines)
        {
            DrawPine(canvas, x, baseY, height);
        }

        DrawBareTree(canvas, 170, 640, 150);
        DrawBareTree(canvas, 1080, 600, 120);
        DrawPavilion(canvas, 760, 585);
        DrawSnowfall(canvas);

        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return new ImageData(jpeg.ToArray(), ImageFormat.Jpeg);
    }

    private static readonly (float X, float BaseY, float Height)[] Pines =
    [
        (60, 600, 210), (290, 575, 170), (360, 590, 200), (560, 560, 150),
        (640, 575, 185), (980, 590, 190), (1140, 620, 230), (470, 700, 240),
    ];

    private static void DrawPath(SKCanvas canvas, SKPathBuilder builder, SKPaint paint)
    {
        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
    }

    private static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static void DrawSky(SKCanvas canvas)
    {
        using var sky = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0),
                new SKPoint(0, Horizon),
                [new SKColor(0x5B, 0x8F, 0xC9), new SKColor(0xB9, 0xD4, 0xEC), new SKColor(0xEE, 0xF3, 0xF8)],
                [0f, 0.65f, 1f],
                SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, WinterParkWidth, Horizon, sky);

        using var sun = Fill(new SKColor(0xFF, 0xF6, 0xD8, 0xE0));
        canvas.DrawCircle(930, 150, 55, sun);
        using var halo = Fill(new SKColor(0xFF, 0xF6, 0xD8, 0x40));
        canvas.DrawCircle(930, 150, 95, halo);
    }

    private static void DrawHills(SKCanvas canvas)
    {
        using var far = new SKPathBuilder();
        far.MoveTo(0, 430);
        far.CubicTo(180, 330, 340, 360, 520, 400);
        far.CubicTo(700, 440, 860, 320, 1200, 380);
        far.LineTo(1200, Horizon);
        far.LineTo(0, Horizon);
        far.Close();
        using var farPaint = Fill(new SKColor(0x9D, 0xB4, 0xCC));
        DrawPath(canvas, far, farPaint);

        using var near = new SKPathBuilder();
        near.MoveTo(0, 480);
        near.CubicTo(260, 420, 420, 470, 640, 455);
        near.CubicTo(860, 440, 1000, 490, 1200, 460);
        near.LineTo(1200, Horizon + 20);
        near.LineTo(0, Horizon + 20);
        near.Close();
        using var nearPaint = Fill(new SKColor(0xD5, 0xE1, 0xEC));
        DrawPath(canvas, near, nearPaint);
    }

    private static void DrawGround(SKCanvas canvas)
    {
        using var snow = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, Horizon),
                new SKPoint(0, WinterParkHeight),
                [new SKColor(0xF4, 0xF7, 0xFB), new SKColor(0xDD, 0xE6, 0xF0)],
                [0f, 1f],
                SKShaderTileMode.Clamp),
        };
        using var ground = new SKPathBuilder();
        ground.MoveTo(0, Horizon);
        ground.CubicTo(300, Horizon - 25, 800, Horizon + 20, 1200, Horizon - 10);
        ground.LineTo(1200, WinterParkHeight);
        ground.LineTo(0, WinterParkHeight);
        ground.Close();
        DrawPath(canvas, ground, snow);

        // A path trodden through the snow, leading to the pavilion.
        using var trail = new SKPathBuilder();
        trail.MoveTo(520, WinterParkHeight);
        trail.CubicTo(600, 720, 700, 660, 740, 600);
        trail.LineTo(790, 600);
        trail.CubicTo(770, 670, 720, 740, 700, WinterParkHeight);
        trail.Close();
        using var trailPaint = Fill(new SKColor(0xC9, 0xD3, 0xDE));
        DrawPath(canvas, trail, trailPaint);
    }

    private static void DrawPond(SKCanvas canvas)
    {
        using var ice = Fill(new SKColor(0xB7, 0xCF, 0xE3));
        canvas.DrawOval(new SKRect(180, 640, 470, 720), ice);
        using var glint = new SKPaint { Color = new SKColor(0xFF, 0xFF, 0xFF, 0xB0), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 4 };
        canvas.DrawLine(240, 668, 330, 662, glint);
        canvas.DrawLine(350, 690, 420, 686, glint);
    }

    private static void DrawPine(SKCanvas canvas, float x, float baseY, float height)
    {
        using var trunk = Fill(new SKColor(0x5A, 0x40, 0x2E));
        canvas.DrawRect(x - height * 0.035f, baseY - height * 0.18f, height * 0.07f, height * 0.18f, trunk);

        using var needles = Fill(new SKColor(0x1F, 0x4D, 0x3A));
        using var snow = Fill(new SKColor(0xFA, 0xFC, 0xFF));
        const int Tiers = 3;
        for (var tier = 0; tier < Tiers; tier++)
        {
            var bottom = baseY - height * (0.12f + tier * 0.26f);
            var top = bottom - height * 0.42f;
            var halfWidth = height * (0.34f - tier * 0.08f);
            using var branch = new SKPathBuilder();
            branch.MoveTo(x, top);
            branch.LineTo(x + halfWidth, bottom);
            branch.LineTo(x - halfWidth, bottom);
            branch.Close();
            DrawPath(canvas, branch, needles);

            // Snow lying on the upper part of each tier.
            using var cap = new SKPathBuilder();
            cap.MoveTo(x, top);
            cap.LineTo(x + halfWidth * 0.55f, top + (bottom - top) * 0.55f);
            cap.QuadTo(x, top + (bottom - top) * 0.42f, x - halfWidth * 0.55f, top + (bottom - top) * 0.55f);
            cap.Close();
            DrawPath(canvas, cap, snow);
        }
    }

    private static void DrawBareTree(SKCanvas canvas, float x, float baseY, float height)
    {
        using var bark = new SKPaint { Color = new SKColor(0x4A, 0x3A, 0x30), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        DrawBranch(canvas, bark, x, baseY, -90, height * 0.45f, height * 0.06f, depth: 5);
    }

    private static void DrawBranch(SKCanvas canvas, SKPaint bark, float x, float y, float angleDegrees, float length, float width, int depth)
    {
        var radians = angleDegrees * MathF.PI / 180;
        var endX = x + length * MathF.Cos(radians);
        var endY = y + length * MathF.Sin(radians);
        bark.StrokeWidth = width;
        canvas.DrawLine(x, y, endX, endY, bark);
        if (depth == 0)
        {
            return;
        }

        // Fixed, asymmetric spreads so the crown does not look mirrored.
        DrawBranch(canvas, bark, endX, endY, angleDegrees - 24 - depth * 2, length * 0.72f, width * 0.66f, depth - 1);
        DrawBranch(canvas, bark, endX, endY, angleDegrees + 19 + depth * 3, length * 0.66f, width * 0.62f, depth - 1);
    }

    private static void DrawPavilion(SKCanvas canvas, float centreX, float groundY)
    {
        using var stone = Fill(new SKColor(0x9A, 0x9A, 0x96));
        canvas.DrawRect(centreX - 110, groundY - 18, 220, 18, stone);
        using var steps = Fill(new SKColor(0xB4, 0xB4, 0xB0));
        canvas.DrawRect(centreX - 40, groundY - 6, 80, 10, steps);

        using var lacquer = Fill(new SKColor(0x9E, 0x2B, 0x25));
        foreach (var offset in (ReadOnlySpan<float>)[-90f, -30f, 30f, 90f])
        {
            canvas.DrawRect(centreX + offset - 7, groundY - 128, 14, 110, lacquer);
        }

        using var beam = Fill(new SKColor(0x7C, 0x22, 0x1D));
        canvas.DrawRect(centreX - 104, groundY - 140, 208, 16, beam);

        // Roof with upturned eaves (飞檐), then the snow lying on it.
        using var roof = new SKPathBuilder();
        roof.MoveTo(centreX - 150, groundY - 150);
        roof.QuadTo(centreX - 120, groundY - 150, centreX - 95, groundY - 175);
        roof.LineTo(centreX - 20, groundY - 235);
        roof.LineTo(centreX + 20, groundY - 235);
        roof.LineTo(centreX + 95, groundY - 175);
        roof.QuadTo(centreX + 120, groundY - 150, centreX + 150, groundY - 150);
        roof.QuadTo(centreX + 60, groundY - 145, centreX, groundY - 145);
        roof.QuadTo(centreX - 60, groundY - 145, centreX - 150, groundY - 150);
        roof.Close();
        using var tiles = Fill(new SKColor(0x3B, 0x3F, 0x46));
        DrawPath(canvas, roof, tiles);

        using var roofSnow = new SKPathBuilder();
        roofSnow.MoveTo(centreX - 128, groundY - 160);
        roofSnow.QuadTo(centreX - 110, groundY - 162, centreX - 92, groundY - 180);
        roofSnow.LineTo(centreX - 18, groundY - 238);
        roofSnow.LineTo(centreX + 18, groundY - 238);
        roofSnow.LineTo(centreX + 92, groundY - 180);
        roofSnow.QuadTo(centreX + 110, groundY - 162, centreX + 128, groundY - 160);
        roofSnow.QuadTo(centreX + 60, groundY - 178, centreX, groundY - 200);
        roofSnow.QuadTo(centreX - 60, groundY - 178, centreX - 128, groundY - 160);
        roofSnow.Close();
        using var snow = Fill(new SKColor(0xFA, 0xFC, 0xFF));
        DrawPath(canvas, roofSnow, snow);

        using var finial = Fill(new SKColor(0xC2, 0x9B, 0x3C));
        canvas.DrawCircle(centreX, groundY - 246, 9, finial);
    }

    private static void DrawSnowfall(SKCanvas canvas)
    {
        using var flake = Fill(new SKColor(0xFF, 0xFF, 0xFF, 0xD0));
        const int Flakes = 260;
        // A low-discrepancy (golden-ratio) sequence spreads the flakes evenly without a random generator.
        const double Golden = 0.6180339887498949;
        for (var i = 0; i < Flakes; i++)
        {
            var x = (float)((i * Golden) % 1.0 * WinterParkWidth);
            var y = (float)((i * 0.7548776662466927) % 1.0 * WinterParkHeight);
            var radius = 1.5f + (i % 4) * 0.75f;
            canvas.DrawCircle(x, y, radius, flake);
        }
    }
}
