namespace ContentPacker.Cli;

/// <summary>Exit codes that scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int VerificationFailed = 3;
}
