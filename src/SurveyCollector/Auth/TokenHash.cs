using System.Security.Cryptography;
using System.Text;

namespace Exhibition.SurveyCollector.Auth;

/// <summary>Tokens are 256 random bits, shown once; only their SHA-256 is stored, so a database dump reveals none.</summary>
internal static class TokenHash
{
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Of(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
