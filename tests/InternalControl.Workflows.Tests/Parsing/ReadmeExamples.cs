namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>The example of workflows/README.md in each language's keywords: all four are one definition.</summary>
internal static class ReadmeExamples
{
    public const string En = """
        workflow "low-achiever-short" version 1 key pupil, subject, term once
          step start: notify class_teacher, parents template "LowAchiever.Started" -> work
          step work: task subject_teacher
            field cause choice [absence, other] required
            field absences number
            outcome improved -> closed
            outcome no_change -> route
            due 10 school_days remind 8 school_days escalate 12 school_days to deputy_director
            register subject_teacher_work
          step route: decide table "cause-routing"
            when cause in [absence] and absences <= 2 -> notice
            otherwise -> council
          step notice: notify parents template "LowAchiever.DiaryNotice" -> pause
          step pause: wait 20 school_days -> work
          step council: parallel [invite, meeting] join -> decision
          step invite: notify parents template "LowAchiever.CouncilInvitation" -> join
          step meeting: task deputy_director
            outcome held -> join
          step decision: start "pedagogical-council" -> closed
          step closed: end "closed"
        end
        """;

    public const string Kk = """
        процесс "low-achiever-short" нұсқа 1 кілт оқушы, пән, тоқсан бір_рет
          қадам start: хабарлау сынып_жетекші, ата_аналар үлгі "LowAchiever.Started" -> work
          қадам work: тапсырма пән_мұғалімі
            өріс cause таңдау [absence, other] міндетті
            өріс absences сан
            нәтиже improved -> closed
            нәтиже no_change -> route
            мерзімі 10 оқу_күні еске_салу 8 оқу_күні жоғарыға_беру 12 оқу_күні кімге орынбасар
            журнал subject_teacher_work
          қадам route: шешу кесте "cause-routing"
            егер cause ішінде [absence] және absences <= 2 -> notice
            әйтпесе -> council
          қадам notice: хабарлау ата_аналар үлгі "LowAchiever.DiaryNotice" -> pause
          қадам pause: күту 20 оқу_күні -> work
          қадам council: қатар [invite, meeting] қосылу -> decision
          қадам invite: хабарлау ата_аналар үлгі "LowAchiever.CouncilInvitation" -> қосылу
          қадам meeting: тапсырма орынбасар
            нәтиже held -> қосылу
          қадам decision: бастау "pedagogical-council" -> closed
          қадам closed: соңы "closed"
        соңы
        """;

    public const string Ky = """
        процесс "low-achiever-short" версия 1 ачкыч окуучу, сабак, чейрек бир_жолу
          кадам start: кабарлоо класс_жетекчи, ата_энелер үлгү "LowAchiever.Started" -> work
          кадам work: тапшырма предметтик_мугалим
            талаа cause тандоо [absence, other] милдеттүү
            талаа absences сан
            натыйжа improved -> closed
            натыйжа no_change -> route
            мөөнөтү 10 окуу_күнү эскертүү 8 окуу_күнү жогору_өткөрүү 12 окуу_күнү кимге орун_басар
            журнал subject_teacher_work
          кадам route: чечүү таблица "cause-routing"
            эгер cause ичинде [absence] жана absences <= 2 -> notice
            болбосо -> council
          кадам notice: кабарлоо ата_энелер үлгү "LowAchiever.DiaryNotice" -> pause
          кадам pause: күтүү 20 окуу_күнү -> work
          кадам council: параллелдүү [invite, meeting] биригүү -> decision
          кадам invite: кабарлоо ата_энелер үлгү "LowAchiever.CouncilInvitation" -> биригүү
          кадам meeting: тапшырма орун_басар
            натыйжа held -> биригүү
          кадам decision: баштоо "pedagogical-council" -> closed
          кадам closed: бүттү "closed"
        бүттү
        """;

    public const string Ru = """
        процесс "low-achiever-short" версия 1 ключ ученик, предмет, четверть однократно
          шаг start: уведомить классный_руководитель, родители шаблон "LowAchiever.Started" -> work
          шаг work: задача учитель_предметник
            поле cause выбор [absence, other] обязательно
            поле absences число
            итог improved -> closed
            итог no_change -> route
            срок 10 учебных_дней напомнить 8 учебных_дней эскалация 12 учебных_дней кому завуч
            журнал subject_teacher_work
          шаг route: решить таблица "cause-routing"
            если cause в [absence] и absences <= 2 -> notice
            иначе -> council
          шаг notice: уведомить родители шаблон "LowAchiever.DiaryNotice" -> pause
          шаг pause: ждать 20 учебных_дней -> work
          шаг council: параллельно [invite, meeting] слияние -> decision
          шаг invite: уведомить родители шаблон "LowAchiever.CouncilInvitation" -> слияние
          шаг meeting: задача завуч
            итог held -> слияние
          шаг decision: запустить "pedagogical-council" -> closed
          шаг closed: конец "closed"
        конец
        """;
}
