namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>The reference workflow as policy text (the same as workflows/README.md), in English and in Kyrgyz keywords.</summary>
internal static class PolicyTexts
{
    public const string LowAchieverEn = """
        -- Kyrgyz school No. 97: work with low-achieving pupils (5.7-9.5)
        workflow "low-achiever" version 1 key pupil, subject, term
          step start: notify class_teacher, parents template "LowAchiever.Started" -> individual_work
          step individual_work: task subject_teacher
            field problems text
            field measures text
            outcome improved -> closed_improved
            outcome no_change -> report_5_10
            due 10 school_days remind 8 school_days escalate 12 school_days to deputy_director
            register subject_teacher_work
          step report_5_10: task subject_teacher
            field class_teacher_informed date required
            field parent_informed date required
            outcome filed -> find_cause
            due 3 school_days
          step find_cause: task class_teacher
            field cause choice [absence, home_preparation, low_ability, unwillingness, little_class_work, non_objective_marking, homework_volume, difficult_material, other] required
            field absences number
            field purpose text
            outcome found -> route
            due 5 school_days
            register conversation
          step route: decide table "cause-routing"
            when cause in [absence] and absences <= 2 -> diary_notice
            when cause in [absence] and absences <= 5 -> parent_conversation
            when cause in [absence] -> small_council
            when cause in [home_preparation, low_ability, unwillingness] -> preventive_work
            otherwise -> talk_subject_teacher
          step diary_notice: notify parents template "LowAchiever.DiaryNotice" -> review_wait
          step parent_conversation: task class_teacher
            field purpose text
            field decision text
            outcome held -> review_wait
            due 5 school_days
            register home_visit
          step preventive_work: task class_teacher
            field decision text
            outcome done -> review_wait
            outcome parent_refuses -> administration
            due 10 school_days
            register home_visit
          step administration: task deputy_director
            field decision text
            outcome resolved -> review_wait
            outcome commission -> commission_end
            due 10 school_days
          step talk_subject_teacher: task class_teacher
            field decision text
            outcome agreed -> review_wait
            outcome inspection -> inspection
            due 5 school_days
            register subject_teacher_talk
          step inspection: task deputy_director
            field decision text
            outcome done -> review_wait
            due 10 school_days
          step review_wait: wait 20 school_days -> review
          step review: task subject_teacher
            outcome improved -> closed_improved
            outcome failed -> small_council
            due 5 school_days
          step small_council: parallel [invite_parents, council_meeting] join -> council_decision
          step invite_parents: notify parents template "LowAchiever.CouncilInvitation" -> join
          step council_meeting: task deputy_director
            field decision text required
            outcome held -> join
            due 10 school_days
          step council_decision: start "pedagogical-council" -> closed_council
          step closed_improved: end "improved"
          step commission_end: end "commission"
          step closed_council: end "council"
        end
        """;

    public const string CouncilKy = """
        процесс "pedagogical-council" версия 1 ачкыч окуучу, сабак, чейрек
          кадам decide_repeat: тапшырма директор
            талаа decision тандоо [promote, repeat_course, conditional] милдеттүү
            натыйжа decided -> done
            мөөнөтү 10 окуу_күнү
          кадам done: бүттү "decided"
        бүттү
        """;
}
