namespace InternalControl.Application.Delivery;

/// <summary>The outcome of a <see cref="ContactEdit"/>: saved, or for each wrong field (<c>Email</c>, <c>Phone</c>, <c>EmailOrder</c>, <c>PhoneOrder</c>, <c>TelegramOrder</c>) the text key and its arguments; nothing is saved then.</summary>
public sealed record ContactEditResult(IReadOnlyDictionary<string, (string Key, object[] Args)> Errors)
{
    /// <summary>True when the contacts were saved.</summary>
    public bool Saved => Errors.Count == 0;
}
