using Exhibition.Bundle.Signing;

namespace Exhibition.Bundle.Tests.Support;

/// <summary>Keys shared by the tests (generating is cheap, but one pair per run keeps fixtures short).</summary>
public static class TestKeys
{
    public static SigningKey Trusted { get; } = SigningKey.Generate();

    public static SigningKey Other { get; } = SigningKey.Generate();
}
