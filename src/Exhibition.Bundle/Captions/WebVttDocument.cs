namespace Exhibition.Bundle.Captions;

/// <summary>What parsing a WebVTT file gave: the cues that could be read, and every problem found.</summary>
/// <param name="Cues">Cues in file order; a cue with a bad timing line is left out.</param>
/// <param name="Problems">Problems in line order; empty when the file is valid.</param>
public sealed record WebVttDocument(IReadOnlyList<WebVttCue> Cues, IReadOnlyList<WebVttProblem> Problems)
{
    /// <summary>Whether the file had no problems.</summary>
    public bool IsValid => Problems.Count == 0;
}
