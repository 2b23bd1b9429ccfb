using InternalControl.Localization;

namespace InternalControl.Kernel.Schools;

/// <summary>A parent or legal representative of one pupil (a parent of two pupils appears twice, once per link).</summary>
public sealed record Parent(string Id, string FullName, string PupilId, Language Language, string? Phone, string? Email);
