using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Tests.Kiosk.Support;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Touring;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Kiosk;

/// <summary>
/// Paints the kiosk's screens at 1920×1080 on bitmaps (no GL) over a crop of the real photo, and checks that what is
/// drawn is where the hit test says it is. With VIEWER_TEST_OUTPUT set the PNGs are kept for a person to look at.
/// </summary>
public sealed class KioskScreenshotTests
{
    private const int W = 1920;
    private const int H = 1080;

    private static KioskSession NewSession()
    {
        var entries = KioskTour.Entries(out var tour);
        var player = new TourPlayer(tour, new MemoryContent(entries), "en", W, H);
        var config = new KioskConfig { AdminPin = PinHash.Create("1234", iterations: 1000), ExportFolder = "/media/kiosk/USB" };
        return new KioskSession(player, KioskRuntime.From(tour.Kiosk, config), new FakeResponseStore(), W, H);
    }

    private static void Do(KioskSession session, params string[] actions)
    {
        foreach (var action in actions)
        {
            session.Update(1);
            session.Activate(action);
        }
    }

    private static SKBitmap Render(KioskSession session, string name)
    {
        var bitmap = new SKBitmap(new SKImageInfo(W, H, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            using var photo = SKBitmap.Decode(RealData.File("jordan-pond-equirect-4096x2048.jpg"));
            var crop = SKRect.Create(photo.Width * 0.3f, photo.Height * 0.25f, photo.Width * 0.4f, photo.Width * 0.4f * H / W);
            using var image = SKImage.FromBitmap(photo);
            canvas.DrawImage(image, crop, SKRect.Create(0, 0, W, H), new SKSamplingOptions(SKFilterMode.Linear));
            using var painter = new KioskPainter();
            painter.Paint(canvas, session);
        }

        if (Environment.GetEnvironmentVariable("VIEWER_TEST_OUTPUT") is { Length: > 0 } folder)
        {
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(folder, $"kiosk-{name}.png"), data.ToArray());
        }

        return bitmap;
    }

    // The accent is drawn only on chosen or primary controls; within 12 levels per channel of #FCA311 allows for
    // anti-aliasing at the sample point's neighbours but not for the off-white or navy around it.
    private static bool IsAccent(SKColor c) => Math.Abs(c.Red - 0xFC) < 12 && Math.Abs(c.Green - 0xA3) < 12 && Math.Abs(c.Blue - 0x11) < 12;

    [Test]
    public void The_attract_screen_shows_the_prompt_and_a_button_per_language()
    {
        var session = NewSession();

        using var bitmap = Render(session, "attract");

        var english = session.Targets().Single(t => t.Action == "lang:en").Bounds;
        Assert.That(IsAccent(bitmap.GetPixel((int)english.MidX, (int)english.Top + 6)), Is.True, "the chosen language is highlighted");
        Assert.That(IsAccent(bitmap.GetPixel(W / 2, (int)(H * 0.62f) + 6)), Is.True, "the Touch to explore pill");
    }

    [Test]
    public void A_scale_question_draws_five_faces_where_they_are_tapped()
    {
        var session = NewSession();
        Do(session, "start", "finish", "yes", "next", "option:engineering", "next", "scale:4");

        using var bitmap = Render(session, "survey-scale");

        var faces = session.Targets().Where(t => t.Action.StartsWith("scale:", StringComparison.Ordinal)).ToList();
        Assert.That(faces, Has.Count.EqualTo(5));
        Assert.That(faces.All(f => f.Bounds.Height >= 96), Is.True, "touch targets of 96 px or more at 1080p");
        var chosen = faces[3].Bounds;
        Assert.That(IsAccent(bitmap.GetPixel((int)chosen.MidX, (int)chosen.Top + 6)), Is.True, "the chosen face has an accent ring");
        Assert.That(IsAccent(bitmap.GetPixel((int)faces[0].Bounds.MidX, (int)faces[0].Bounds.Top + 6)), Is.False);
    }

    [Test]
    public void The_text_question_shows_the_keyboard_and_the_reminder()
    {
        var session = NewSession();
        Do(session, "start", "finish", "yes", "next", "option:engineering", "next", "scale:4", "next", "option:videos", "next", "key:m", "key:o", "key:r", "key:e");

        using var bitmap = Render(session, "keyboard");

        Assert.That(session.Flow!.CurrentText, Is.EqualTo("more"));
        var keys = session.Targets().Where(t => t.Action.StartsWith("key:", StringComparison.Ordinal)).ToList();
        Assert.That(keys.Select(k => k.Action), Does.Contain("key:backspace").And.Contain("key:space").And.Contain("key:q"));
        Assert.That(keys.Zip(keys.Skip(1)).All(p => !p.First.Bounds.IntersectsWith(p.Second.Bounds)), Is.True, "keys do not overlap");
    }

    [Test]
    public void The_layout_key_switches_the_keyboard_to_digits_and_welsh_accents_and_back()
    {
        // Given the text question with "gw" typed
        var session = NewSession();
        Do(session, "start", "finish", "yes", "next", "option:engineering", "next", "scale:4", "next", "option:videos", "next", "key:g", "key:w");
        Assert.That(Actions(session), Does.Contain("key:layout").And.Not.Contain("key:ŵ"));

        // When the visitor taps the layout key, then ŵ, a digit and the layout key again, then a letter
        var letters = KioskSignature.Of(session);
        Do(session, "key:layout");
        Assert.That(KioskSignature.Of(session), Is.Not.EqualTo(letters), "the screen is repainted with the other keys");
        using var bitmap = Render(session, "keyboard-symbols");
        var symbols = Actions(session);
        Do(session, "key:ŷ", "key:2", "key:layout", "key:a");

        // Then the second layout offered the digits and every Welsh circumflex, and each typed what it shows
        Assert.That(symbols, Is.SupersetOf("âêîôûŵŷ0123456789".Select(c => "key:" + c)).And.Contain("key:backspace").And.Contain("key:space"));
        Assert.That(symbols, Does.Not.Contain("key:q"));
        Assert.That(session.Flow!.CurrentText, Is.EqualTo("gwŷ2a"));
        Assert.That(Actions(session), Does.Contain("key:q"), "back on the letters");
        var keys = session.Targets().Where(t => t.Action.StartsWith("key:", StringComparison.Ordinal)).ToList();
        Assert.That(keys.SelectMany((k, i) => keys.Skip(i + 1).Select(o => (k, o))).All(p => !p.k.Bounds.IntersectsWith(p.o.Bounds)), Is.True, "no two keys overlap");
    }

    private static List<string> Actions(KioskSession session) => session.Targets().Select(t => t.Action).ToList();

    [Test]
    public void The_thank_you_screen_shows_the_careers_QR_code()
    {
        var session = NewSession();
        Do(session, "start", "finish", "yes", "next", "option:engineering", "next", "scale:4", "next", "skip", "skip");
        Assert.That(session.State, Is.EqualTo(KioskState.ThankYou));

        using var bitmap = Render(session, "thank-you");

        // The QR tile is off-white with navy modules: both must be present in its area.
        var g = KioskLayout.Grid(W, H);
        var area = SKRectI.Create((int)(W * 0.68f), (int)(H * 0.20f), (int)(40 * g), (int)(40 * g));
        var colours = Enumerable.Range(0, 40).SelectMany(i => Enumerable.Range(0, 40).Select(j =>
            bitmap.GetPixel(area.Left + i * area.Width / 40, area.Top + j * area.Height / 40))).ToList();
        Assert.That(colours.Count(c => c.Red < 40 && c.Blue < 80), Is.GreaterThan(100), "dark modules");
        Assert.That(colours.Count(c => c.Red > 230 && c.Green > 230), Is.GreaterThan(100), "light modules");
    }

    [Test]
    public void The_PIN_pad_shows_dots_not_digits_and_the_admin_screen_its_actions()
    {
        var session = NewSession();
        session.Handle(new ExhibitionViewer.Platform.InputEvent(ExhibitionViewer.Platform.InputEventKind.KeyDown, Key: 0x400000E0));
        session.Handle(new ExhibitionViewer.Platform.InputEvent(ExhibitionViewer.Platform.InputEventKind.KeyDown, Key: 0x400000E2));
        session.Handle(new ExhibitionViewer.Platform.InputEvent(ExhibitionViewer.Platform.InputEventKind.KeyDown, Key: ExhibitionViewer.Platform.Keys.LeftShift));
        session.Handle(new ExhibitionViewer.Platform.InputEvent(ExhibitionViewer.Platform.InputEventKind.KeyDown, Key: 'a'));
        Do(session, "pin:1", "pin:2");

        using (Render(session, "pin"))
        {
            Assert.That(session.PinLength, Is.EqualTo(2));
        }

        Do(session, "pin:3", "pin:4", "pin:ok");
        using var admin = Render(session, "admin");

        Assert.That(session.State, Is.EqualTo(KioskState.Admin));
        var close = session.Targets().Single(t => t.Action == "admin:close").Bounds;
        Assert.That(IsAccent(admin.GetPixel((int)close.MidX, (int)close.Top + 6)), Is.True, "the way back is the primary button");
    }
}
