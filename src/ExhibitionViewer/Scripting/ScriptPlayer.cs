using ExhibitionViewer.Platform;
using Serilog;

namespace ExhibitionViewer.Scripting;

/// <summary>
/// Plays an <see cref="InputScript"/> one frame at a time, producing the same <see cref="InputEvent"/>s a mouse,
/// a touch screen or a keyboard would; the viewer feeds them through its normal input path. A command that emits
/// events ends the frame's script work, so the next command sees their effect.
/// </summary>
public sealed partial class ScriptPlayer
{
    /// <summary>Seconds a <c>drag</c> or <c>swipe</c> holds still before releasing, so it places the view without a glide.</summary>
    public const double HoldBeforeRelease = 0.15;

    /// <summary>Seconds <c>wait-complete</c>, <c>wait-scene</c> and <c>wait-video</c> wait at most by default.</summary>
    public const double DefaultWaitTimeout = 30;

    private readonly IReadOnlyList<ScriptCommand> commands;
    private readonly List<string> failures = [];
    private int index;
    private int phase;
    private double elapsed;
    private bool started;

    /// <summary>Plays <paramref name="script"/>.</summary>
    public ScriptPlayer(InputScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        commands = script.Commands;
    }

    /// <summary>Whether the script has run to its end (or to <c>quit</c>).</summary>
    public bool Finished => index >= commands.Count;

    /// <summary>Set by <c>reset-stats</c>: frame statistics should start again from here (the caller clears it).</summary>
    public bool ResetStatsRequested { get; set; }

    /// <summary>Expectations that did not hold, one line each.</summary>
    public IReadOnlyList<string> Failures => failures;

    /// <summary>Advances by <paramref name="seconds"/> and adds this frame's events to <paramref name="sink"/>.</summary>
    public void Step(double seconds, ScriptFrame frame, ICollection<InputEvent> sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (started)
        {
            elapsed += Math.Max(0, seconds);
        }

        started = true;
        while (!Finished)
        {
            var before = sink.Count;
            var command = commands[index];
            if (!Run(command, frame, sink))
            {
                return;
            }

            Log.Debug("Script line {Line} ({Verb}) done", command.Line, command.Verb);
            index++;
            phase = 0;
            elapsed = 0;
            if (sink.Count > before)
            {
                return;
            }
        }
    }

    private bool Run(ScriptCommand c, ScriptFrame frame, ICollection<InputEvent> sink)
    {
        var n = c.Numbers;
        switch (c.Verb)
        {
            case "wait":
                return elapsed >= n[0];
            case "drag" or "fling" or "swipe":
                return Drag(c, frame, sink);
            case "pinch":
                return Pinch(c, frame, sink);
            case "wheel":
                sink.Add(new InputEvent(InputEventKind.Wheel, 0, n[0]));
                return true;
            case "move":
                sink.Add(new InputEvent(InputEventKind.PointerMove, n[0], n[1]));
                return true;
            case "tap" or "tap-angle":
                return Tap(c, frame, sink);
            case "key" or "hold":
                return Key(c, sink);
            case "wait-complete":
                var timeout = n.Count > 0 ? n[0] : DefaultWaitTimeout;
                if (!frame.ViewComplete && elapsed >= timeout)
                {
                    Log.Warning("Script line {Line}: the view was not complete after {Timeout} s", c.Line, timeout);
                }

                return frame.ViewComplete || elapsed >= timeout;
            case "wait-scene":
                return WaitFor(c, frame.SceneId == c.Text, n.Count > 0 ? n[0] : DefaultWaitTimeout,
                    $"the viewer was still in '{frame.SceneId}', not '{c.Text}'");
            case "wait-video":
                return WaitFor(c, frame.VideoSeconds >= n[0], n.Count > 1 ? n[1] : DefaultWaitTimeout,
                    frame.VideoSeconds is { } at ? $"the video was at {at:0.00} s, short of {n[0]:0.00} s" : "no video was playing");
            case "expect-scene":
                if (frame.SceneId != c.Text)
                {
                    Fail(c, $"expected scene '{c.Text}', but the viewer is in '{frame.SceneId}'");
                }

                return true;
            case "reset-stats":
                ResetStatsRequested = true;
                return true;
            case "quit":
                index = commands.Count - 1;
                return true;
            default:
                throw new InvalidOperationException($"unknown script verb {c.Verb}");
        }
    }

    // Scripts that wait for what they test, rather than for a time, give the same result on a loaded machine.
    private bool WaitFor(ScriptCommand c, bool reached, double timeout, string otherwise)
    {
        if (!reached && elapsed >= timeout)
        {
            Fail(c, $"after {timeout:0.#} s {otherwise}");
        }

        return reached || elapsed >= timeout;
    }

    private void Fail(ScriptCommand c, string reason)
    {
        var line = $"script line {c.Line}: {reason}";
        failures.Add(line);
        Log.Error("Script expectation failed: {Failure}", line);
    }
}
