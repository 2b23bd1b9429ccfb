using System.Globalization;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;
using Microsoft.Extensions.Configuration;

namespace InternalControl.Application.Delivery;

/// <summary>
/// The outbox's channels and retry settings, from configuration (section <c>Outbox</c>; never from policy files, which
/// schools share): <c>Smtp:*</c> (<see cref="SmtpSettings"/>), <c>Sms:*</c> (<see cref="SmsGatewaySettings"/>, with
/// <c>Sms:Headers:NAME</c>), <c>Telegram:Token</c>/<c>ApiUrl</c>/<c>TimeoutSeconds</c> (<see cref="TelegramSettings"/>), <c>MaxTries</c> (3), <c>BaseDelaySeconds</c> (60), <c>MaxDelaySeconds</c> (3600),
/// <c>QuietHours:Start</c>/<c>End</c> (<c>08:00</c>/<c>20:00</c>) and <c>QuietHours:TimeZone</c> (left out: each school's
/// own time, UTC+5 in Kazakhstan and UTC+6 in Kyrgyzstan, so one worker over a district holds each parent to their school's clock),
/// <c>RateLimits:CHANNEL</c> (tries a minute, shared by every worker on the database) and <c>Link</c> (the web application's address, for the line that says
/// where to read a message). A channel without its section is not offered, and its people are reached on their next channel.
/// </summary>
public sealed class OutboxSettings
{
    /// <summary>The SMTP server, or null.</summary>
    public SmtpSettings? Smtp { get; init; }

    /// <summary>The SMS gateway, or null.</summary>
    public SmsGatewaySettings? Sms { get; init; }

    /// <summary>The Telegram bot, or null.</summary>
    public TelegramSettings? Telegram { get; init; }

    /// <summary>Tries on a channel before the next one.</summary>
    public int MaxTries { get; init; } = 3;

    /// <summary>The delay after the first failed try.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest delay between tries.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>When parents may get SMS and messenger messages, or null (any hour).</summary>
    public QuietHours? QuietHours { get; init; }

    /// <summary>True when <see cref="QuietHours"/> named no time zone: they are kept in each school's own time (<see cref="SchoolTime"/>).</summary>
    public bool QuietHoursInSchoolTime { get; init; }

    /// <summary>Tries per channel in one run.</summary>
    public IReadOnlyDictionary<ContactChannel, int> RateLimits { get; init; } = new Dictionary<ContactChannel, int>();

    /// <summary>The web application's address, or null.</summary>
    public Uri? Link { get; init; }

    /// <summary>How the sign-in links parents ask for by Telegram behave (<c>Access:ParentLink*</c>, as the web host reads them).</summary>
    public ParentLinkOptions ParentLinks { get; init; } = ParentLinkOptions.Default;

    /// <summary>True when at least one channel is configured.</summary>
    public bool HasChannels => Smtp is not null || Sms is not null || Telegram is not null;

    /// <summary>Reads the <c>Outbox</c> section; a missing value takes its default. Throws <see cref="FormatException"/> for a value that is not a number, time or URL.</summary>
    public static OutboxSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var outbox = configuration.GetSection("Outbox");
        var smtp = outbox.GetSection("Smtp");
        var sms = outbox.GetSection("Sms");
        var quiet = outbox.GetSection("QuietHours");
        var telegram = outbox.GetSection("Telegram");
        return new OutboxSettings
        {
            Smtp = smtp["Host"] is { Length: > 0 } host
                ? new SmtpSettings
                {
                    Host = host,
                    Port = smtp.GetValue("Port", 25),
                    From = smtp["From"] ?? "",
                    Security = smtp["Security"] ?? "auto",
                    User = smtp["User"],
                    Password = smtp["Password"],
                    Timeout = TimeSpan.FromSeconds(smtp.GetValue("TimeoutSeconds", 30)),
                }
                : null,
            Sms = sms["Url"] is { Length: > 0 } url
                ? new SmsGatewaySettings
                {
                    Url = new Uri(url, UriKind.Absolute),
                    Body = sms["Body"] ?? new SmsGatewaySettings { Url = new Uri(url) }.Body,
                    ContentType = sms["ContentType"] ?? "application/json",
                    Headers = sms.GetSection("Headers").GetChildren().ToDictionary(h => h.Key, h => h.Value ?? ""),
                    Timeout = TimeSpan.FromSeconds(sms.GetValue("TimeoutSeconds", 10.0)),
                }
                : null,
            Telegram = telegram["Token"] is { Length: > 0 } token
                ? new TelegramSettings
                {
                    Token = token,
                    ApiUrl = telegram["ApiUrl"] is { Length: > 0 } api ? new Uri(api, UriKind.Absolute) : null,
                    Timeout = TimeSpan.FromSeconds(telegram.GetValue("TimeoutSeconds", 30.0)),
                }
                : null,
            MaxTries = outbox.GetValue("MaxTries", 3),
            BaseDelay = TimeSpan.FromSeconds(outbox.GetValue("BaseDelaySeconds", 60.0)),
            MaxDelay = TimeSpan.FromSeconds(outbox.GetValue("MaxDelaySeconds", 3600.0)),
            QuietHours = quiet.Exists()
                ? new QuietHours(
                    Time(quiet["Start"] ?? "08:00"),
                    Time(quiet["End"] ?? "20:00"),
                    quiet["TimeZone"] is { Length: > 0 } zone ? TimeZoneInfo.FindSystemTimeZoneById(zone) : TimeZoneInfo.Utc)
                : null,
            QuietHoursInSchoolTime = quiet.Exists() && quiet["TimeZone"] is not { Length: > 0 },
            RateLimits = outbox.GetSection("RateLimits").GetChildren()
                .Where(c => ContactChannels.TryParse(c.Key, out _))
                .ToDictionary(c => Channel(c.Key), c => int.Parse(c.Value ?? "", NumberStyles.None, CultureInfo.InvariantCulture)),
            Link = outbox["Link"] is { Length: > 0 } link ? new Uri(link, UriKind.Absolute) : null,
            ParentLinks = ParentLinkOptions.Read(configuration, ParentLinkOptions.Default),
        };
    }

    /// <summary>The configured channels (dispose the SMS and Telegram channels' HTTP clients with them).</summary>
    public IReadOnlyList<IDeliveryChannel> Channels()
    {
        var channels = new List<IDeliveryChannel>();
        if (Smtp is not null)
        {
            channels.Add(new SmtpChannel(Smtp, Link));
        }

        if (Sms is not null)
        {
            channels.Add(new SmsGatewayChannel(Sms, Link));
        }

        if (Telegram is not null)
        {
            channels.Add(new TelegramChannel(Telegram));
        }

        return channels;
    }

    /// <summary>
    /// The retry settings for a school of <paramref name="country"/>, with <paramref name="random"/> as the jitter's
    /// source; quiet hours without a zone of their own are that school's hours.
    /// </summary>
    public DeliveryOptions Options(Random random, Country country)
    {
        var quiet = QuietHours is { } hours && QuietHoursInSchoolTime
            ? hours with { Zone = SchoolZone(country) }
            : QuietHours;
        return new(MaxTries, BaseDelay, MaxDelay, random, quiet, RateLimits);
    }

    /// <summary>A fixed-offset zone for the school's time (neither country changes its clocks).</summary>
    private static TimeZoneInfo SchoolZone(Country country)
    {
        var offset = SchoolTime.Offset(country);
        var name = string.Create(CultureInfo.InvariantCulture, $"UTC+{offset.Hours}");
        return TimeZoneInfo.CreateCustomTimeZone(name, offset, name, name);
    }

    private static TimeOnly Time(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    private static ContactChannel Channel(string code) => ContactChannels.TryParse(code, out var channel) ? channel : default;
}
