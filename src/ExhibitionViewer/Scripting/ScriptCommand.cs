namespace ExhibitionViewer.Scripting;

/// <summary>One line of an input script.</summary>
/// <param name="Verb">The command, e.g. <c>drag</c>.</param>
/// <param name="Numbers">Its numeric arguments.</param>
/// <param name="Text">Its word argument (key name, scene id), if any.</param>
/// <param name="Line">1-based line number, for messages.</param>
public sealed record ScriptCommand(string Verb, IReadOnlyList<double> Numbers, string? Text, int Line);
