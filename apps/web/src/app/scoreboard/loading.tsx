export { ScoreboardPageLoading as default } from "@/components/scoreboard/scoreboard-loading";
