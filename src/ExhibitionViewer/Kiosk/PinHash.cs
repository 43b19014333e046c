using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace ExhibitionViewer.KioskMode;

/// <summary>
/// The admin PIN as a salted slow hash (PBKDF2-SHA256): the configuration file never holds the PIN itself, and a
/// copied file costs an attacker a quarter of a second per guess.
/// </summary>
internal sealed record PinHash
{
    /// <summary>PBKDF2 rounds; OWASP's 2023 advice for SHA-256 is 600k, but a kiosk CPU must answer a PIN in well under a second.</summary>
    public const int DefaultIterations = 210_000;

    public const int MinLength = 4;

    public const int MaxLength = 12;

    [JsonPropertyName("algorithm")]
    public string Algorithm { get; init; } = "pbkdf2-sha256";

    [JsonPropertyName("iterations")]
    public required int Iterations { get; init; }

    [JsonPropertyName("salt")]
    public required string Salt { get; init; }

    [JsonPropertyName("hash")]
    public required string Hash { get; init; }

    /// <summary>Whether <paramref name="pin"/> is 4 to 12 digits.</summary>
    public static bool IsValidPin(string? pin) =>
        pin is { Length: >= MinLength and <= MaxLength } && pin.All(char.IsAsciiDigit);

    /// <summary>Hashes a new PIN with a fresh random salt.</summary>
    public static PinHash Create(string pin, int iterations = DefaultIterations)
    {
        if (!IsValidPin(pin))
        {
            throw new ArgumentException($"The PIN must be {MinLength} to {MaxLength} digits.", nameof(pin));
        }

        var salt = RandomNumberGenerator.GetBytes(16);
        return new PinHash
        {
            Iterations = iterations,
            Salt = Convert.ToBase64String(salt),
            Hash = Convert.ToBase64String(Derive(pin, salt, iterations)),
        };
    }

    /// <summary>Whether <paramref name="pin"/> is the PIN this hash was made from (constant-time comparison).</summary>
    public bool Verify(string pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        if (Algorithm != "pbkdf2-sha256" || Iterations < 1)
        {
            return false;
        }

        try
        {
            var expected = Convert.FromBase64String(Hash);
            return CryptographicOperations.FixedTimeEquals(Derive(pin, Convert.FromBase64String(Salt), Iterations), expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] Derive(string pin, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, iterations, HashAlgorithmName.SHA256, 32);
}
