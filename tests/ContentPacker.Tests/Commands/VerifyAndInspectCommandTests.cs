using System.Text.Json;
using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Commands;

public sealed class VerifyAndInspectCommandTests
{
    [Test]
    public void Verify_accepts_the_sample_signed_by_a_trusted_key()
    {
        var result = PackerProcess.Run("verify", SampleBundle.Bundle, "--trust", SampleBundle.KeyBase + ".pub");

        Assert.That(result.ExitCode, Is.Zero, result.All);
        Assert.That(result.Output, Does.Contain("signer trusted"));
    }

    [Test]
    public void Verify_exits_3_for_a_key_it_was_not_told_to_trust()
    {
        using var temp = new TempFolder();
        Assert.That(PackerProcess.Run("keygen", "-o", temp.File("stranger")).ExitCode, Is.Zero);

        var result = PackerProcess.Run("verify", SampleBundle.Bundle, "--trust", temp.File("stranger.pub"));

        Assert.That(result.ExitCode, Is.EqualTo(3), result.All);
    }

    [Test]
    public void Verify_exits_3_and_names_the_entry_when_a_byte_of_media_changes()
    {
        using var temp = new TempFolder();
        var copy = temp.File("tampered.exhibit");
        File.Copy(SampleBundle.Bundle, copy);
        var bytes = File.ReadAllBytes(copy);
        // The first entry's data begins right after its local header (30 bytes + name, no extra field); flip its middle byte.
        var size = BitConverter.ToUInt32(bytes, 18);
        var nameLength = BitConverter.ToUInt16(bytes, 26);
        var name = System.Text.Encoding.UTF8.GetString(bytes, 30, nameLength);
        bytes[30 + nameLength + (int)(size / 2)] ^= 0x5A;
        File.WriteAllBytes(copy, bytes);

        var result = PackerProcess.Run("verify", copy);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.All);
        Assert.That(result.All, Does.Contain(name));
    }

    [Test]
    public void Inspect_json_describes_the_survey_so_scripts_can_build_answers()
    {
        var result = PackerProcess.Run("inspect", SampleBundle.Bundle, "--json");

        Assert.That(result.ExitCode, Is.Zero, result.All);
        using var json = JsonDocument.Parse(result.Output);
        var questions = json.RootElement.GetProperty("survey").GetProperty("questions").EnumerateArray().ToList();
        Assert.That(questions.Select(q => q.GetProperty("kind").GetString()), Is.EquivalentTo(new[] { "yesno", "single", "multi", "scale", "text" }));
        Assert.That(questions.Where(q => q.GetProperty("kind").GetString() is "single" or "multi")
            .All(q => q.GetProperty("options").GetArrayLength() >= 2), Is.True);
        Assert.That(json.RootElement.GetProperty("signer").GetProperty("fingerprint").GetString(), Has.Length.EqualTo(16));
        Assert.That(json.RootElement.GetProperty("languages").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "en", "cy" }));
    }

    [Test]
    public void Inspect_lists_scenes_in_a_table()
    {
        var result = PackerProcess.Run("inspect", SampleBundle.Bundle);

        Assert.That(result.ExitCode, Is.Zero, result.All);
        Assert.That(result.Output, Does.Contain("Scenes").And.Contain("video").And.Contain("Exit survey"));
    }

    [Test]
    public void Commands_exit_2_for_a_missing_file_and_a_bad_option()
    {
        Assert.That(PackerProcess.Run("inspect", "/nonexistent/x.exhibit").ExitCode, Is.EqualTo(2));
        Assert.That(PackerProcess.Run("verify").ExitCode, Is.EqualTo(2));
        Assert.That(PackerProcess.Run("build", "--no-such-option").ExitCode, Is.EqualTo(2));
    }
}
