namespace ContentPacker.Cli;

/// <summary>The user asked for something impossible (a missing input file, a bad option value): exit 2 with the message.</summary>
internal sealed class UsageException(string message) : Exception(message);
