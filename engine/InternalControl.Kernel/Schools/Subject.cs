using InternalControl.Localization;

namespace InternalControl.Kernel.Schools;

/// <summary>A subject, with its name in each language.</summary>
public sealed record Subject(string Id, string NameKk, string NameKy, string NameRu, string NameEn)
{
    /// <summary>The subject's name for a reader of <paramref name="language"/>.</summary>
    public string Name(Language language) => language switch
    {
        Language.Kk => NameKk,
        Language.Ky => NameKy,
        Language.Ru => NameRu,
        _ => NameEn,
    };
}
