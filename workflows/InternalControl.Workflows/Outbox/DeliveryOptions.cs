using InternalControl.Storage.Contacts;

namespace InternalControl.Workflows.Outbox;

/// <summary>
/// How the outbox retries: <paramref name="MaxTries"/> tries on a channel before the recipient's next channel; between
/// tries an exponential delay from <paramref name="BaseDelay"/> (doubled each try, at most <paramref name="MaxDelay"/>),
/// of which a random half is taken off (jitter, so that many messages that failed together are not retried together).
/// </summary>
/// <param name="MaxTries">Tries on one channel (a setting; at least 1).</param>
/// <param name="BaseDelay">The delay after the first failed try, before jitter.</param>
/// <param name="MaxDelay">The longest delay, before jitter.</param>
/// <param name="Random">The jitter's source: seeded in tests.</param>
/// <param name="QuietHours">When parents may get SMS and messenger messages; null: any hour.</param>
/// <param name="RateLimits">
/// At most this many tries per channel in a minute (the provider's limit), counted in the database across every school and
/// worker on it; the rest wait for the next minute.
/// </param>
public sealed record DeliveryOptions(
    int MaxTries,
    TimeSpan BaseDelay,
    TimeSpan MaxDelay,
    Random Random,
    QuietHours? QuietHours = null,
    IReadOnlyDictionary<ContactChannel, int>? RateLimits = null)
{
    /// <summary>Three tries a channel, from one minute to one hour apart.</summary>
    public static DeliveryOptions Default(Random random) => new(3, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), random);

    /// <summary>The delay after failed try number <paramref name="tries"/> (1 after the first): exponential, capped, jittered.</summary>
    public TimeSpan Backoff(int tries)
    {
        var exponent = Math.Min(Math.Max(tries - 1, 0), 30);
        var delay = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((delay / 2) + (Random.NextDouble() * delay / 2));
    }
}
