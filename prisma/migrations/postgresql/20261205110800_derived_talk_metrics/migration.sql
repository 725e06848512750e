-- AlterTable
ALTER TABLE "calls" ADD COLUMN     "derived_metrics" TEXT;
